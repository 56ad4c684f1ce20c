"""Configuration: bad files and values stop start-up with exit 2 and one clear line each."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from proxy import config
from proxy.auth import Users, load_users


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("MAILGUARD_")}
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "proxy", *args], capture_output=True, text=True, timeout=60,
        env=full_env,
    )


def test_bad_port_names_file_and_key(tmp_path: Path) -> None:
    cfg = tmp_path / "config.toml"
    cfg.write_text("[upstream]\nport = 70000\n")
    res = run("serve", "--config", str(cfg))
    assert res.returncode == 2
    assert res.stderr.strip() == f"{cfg}: [upstream] port: must be an integer between 1 and 65535"


def test_every_problem_one_line(tmp_path: Path) -> None:
    cfg = tmp_path / "config.toml"
    cfg.write_text('[smtp]\nlisten = "nowhere"\nbogus = 1\n[upstream]\ntls = "maybe"\n')
    res = run("serve", "--config", str(cfg))
    assert res.returncode == 2
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 3
    assert any("[smtp] listen: must be HOST:PORT" in ln for ln in lines)
    assert any("[smtp] bogus: unknown key" in ln for ln in lines)
    assert any("[upstream] tls: must be one of 'none', 'starttls' or 'tls'" in ln for ln in lines)


def test_not_toml(tmp_path: Path) -> None:
    cfg = tmp_path / "config.toml"
    cfg.write_text("[upstream\nport=1\n")
    res = run("serve", "--config", str(cfg))
    assert res.returncode == 2
    assert res.stderr.startswith(f"{cfg}: not valid TOML:")


def test_missing_file(tmp_path: Path) -> None:
    res = run("serve", "--config", str(tmp_path / "nope.toml"))
    assert res.returncode == 2
    assert "cannot read" in res.stderr


def test_environment_override_and_its_errors(tmp_path: Path) -> None:
    cfg = tmp_path / "config.toml"
    cfg.write_text("[upstream]\nport = 25\n")
    res = run("serve", "--config", str(cfg), env={"MAILGUARD_UPSTREAM__PORT": "abc"})
    assert res.returncode == 2
    assert "MAILGUARD_UPSTREAM__PORT" in res.stderr and "[upstream] port" in res.stderr


def test_environment_overrides_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cfg = tmp_path / "config.toml"
    cfg.write_text('[smtp]\nlisten = "127.0.0.1:2000"\n[upstream]\npassword = "from-file"\n')
    monkeypatch.setenv("MAILGUARD_SMTP__LISTEN", "127.0.0.1:10025")
    monkeypatch.setenv("MAILGUARD_UPSTREAM__PASSWORD", "from-env")
    monkeypatch.setenv("MAILGUARD_POLICY__INTERNAL_DOMAINS", "example.co.jp, example.com")
    s = config.load(cfg)
    assert s.smtp.listen == "127.0.0.1:10025"
    assert s.upstream.password.get_secret_value() == "from-env"
    assert "from-env" not in repr(s)  # secrets do not print
    assert s.policy.internal_domains == ["example.co.jp", "example.com"]


def test_example_config_is_valid_and_documents_every_key() -> None:
    example = Path(__file__).parent.parent / "config.example.toml"
    settings = config.load(example)
    text = example.read_text()
    for section_name, section in settings:
        if section_name == "source":
            continue
        for key in type(section).model_fields:
            assert f"{key} =" in text, f"[{section_name}] {key} missing from config.example.toml"


def test_credentials_never_in_clear(tmp_path: Path) -> None:
    cfg = tmp_path / "config.toml"
    cfg.write_text('[smtp]\nlisten="127.0.0.1:0"\n[upstream]\nusername = "relay"\ntls = "none"\n')
    res = run("serve", "--config", str(cfg))
    assert res.returncode == 2
    assert "tls is none" in res.stderr


def test_user_add_command(tmp_path: Path) -> None:
    users = tmp_path / "users"
    res = subprocess.run(
        [sys.executable, "-m", "proxy", "user", "add", "scanner", "--users-file", str(users),
         "--password-stdin"],
        input="pw-123456\n", capture_output=True, text=True, timeout=60,
    )
    assert res.returncode == 0, res.stderr
    line = users.read_text().strip()
    assert line.startswith("scanner:$argon2id$")
    assert users.stat().st_mode & 0o777 == 0o600

    def user(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "proxy", "user", *args], input=stdin,
                              capture_output=True, text=True, timeout=60)

    user("add", "printer", "--users-file", str(users), "--password-stdin", stdin="pw-7\n")
    assert user("list", "--users-file", str(users)).stdout.split() == ["printer", "scanner"]
    res = user("remove", "scanner", "--users-file", str(users))
    assert res.returncode == 0 and load_users(users).hashes.keys() == {"printer"}
    res = user("remove", "scanner", "--users-file", str(users))
    assert res.returncode == 2 and "no user 'scanner'" in res.stderr
    assert users.stat().st_mode & 0o777 == 0o600


def test_user_hash_prints_an_admin_password_hash_and_writes_nothing(tmp_path: Path) -> None:
    res = subprocess.run([sys.executable, "-m", "proxy", "user", "hash", "--password-stdin"],
                         input="admin-pw-123\n", capture_output=True, text=True, timeout=60,
                         cwd=tmp_path)
    assert res.returncode == 0, res.stderr
    hashed = res.stdout.strip()
    assert Users({"admin": hashed}).verify("admin", "admin-pw-123")
    assert list(tmp_path.iterdir()) == []


def test_dockerfile_entrypoint_exists() -> None:
    dockerfile = (Path(__file__).parent.parent / "Dockerfile").read_text()
    assert 'ENTRYPOINT ["mailguard"]' in dockerfile
    assert "USER mailguard" in dockerfile and "HEALTHCHECK" in dockerfile
    # The entrypoint is the console script this package installs.
    res = run("--help")
    assert res.returncode == 0 and "serve" in res.stdout


def test_upstream_client_certificate_rules(tmp_path: Path) -> None:
    cfg = tmp_path / "config.toml"
    cfg.write_text('[upstream]\ntls = "starttls"\nclient_cert = "guard.pem"\n')
    res = run("serve", "--config", str(cfg))
    assert res.returncode == 2
    assert "[upstream]: client_cert and client_key must be set together" in res.stderr
    cfg.write_text('[upstream]\nclient_cert = "guard.pem"\nclient_key = "guard.key"\n')
    res = run("serve", "--config", str(cfg))
    assert res.returncode == 2
    assert "[upstream]: client_cert is set but tls is none" in res.stderr
