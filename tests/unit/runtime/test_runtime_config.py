"""BaseConfiguration: environment fallback, copies, and explicit overrides (defect 10)."""

from __future__ import annotations

import httpx
import pytest

from generator.runtime import _settings
from generator.runtime._config import DEFAULT_TIMEOUT, BaseConfiguration


def test_defaults_and_environment_fallback(monkeypatch: pytest.MonkeyPatch) -> None:
    config = BaseConfiguration()
    assert config.host == _settings.DEFAULT_HOST
    assert config.auth_for("BearerAuth") is None
    monkeypatch.setenv(_settings.BASE_URL_ENV, "http://from-env/")
    monkeypatch.setenv("EXAMPLE_API_KEY", "env-key")
    config = BaseConfiguration()
    assert config.host == "http://from-env"
    assert config.auth_for("BearerAuth") == ("header", "Authorization", "Bearer env-key")
    # an explicit value wins over the environment
    config = BaseConfiguration("http://given", credentials={"access_token": "given-key"})
    assert config.host == "http://given"
    assert config.auth_for("BearerAuth") == ("header", "Authorization", "Bearer given-key")


def test_settings_and_secrets(monkeypatch: pytest.MonkeyPatch) -> None:
    config = BaseConfiguration(
        credentials={"access_token": "s3cret", "basic_username": "u", "basic_password": "pw"},
        timeout=3,
        default_headers={"X-A": "1"},
    )
    assert config.timeout == httpx.Timeout(3)
    assert BaseConfiguration().timeout == DEFAULT_TIMEOUT
    assert config.default_headers["User-Agent"].startswith(f"{_settings.PACKAGE}/{_settings.VERSION} ")
    assert config.default_headers["X-A"] == "1"
    assert "s3cret" not in repr(config) and "pw" not in repr(config)
    assert config.auth_for("unknown") is None
    with pytest.raises(TypeError, match="unknown credential"):
        BaseConfiguration(credentials={"api_key": "x"})
    with pytest.raises(ValueError, match="max_retries"):
        BaseConfiguration(max_retries=-1)


def test_copy_changes_the_copy_only() -> None:
    config = BaseConfiguration("http://a", credentials={"access_token": "one"})
    other = config.copy(access_token="two")
    other.default_headers["X-B"] = "2"
    assert other.auth_for("BearerAuth") == ("header", "Authorization", "Bearer two")
    assert config.auth_for("BearerAuth") == ("header", "Authorization", "Bearer one")
    assert "X-B" not in config.default_headers
    with pytest.raises(TypeError, match="unknown setting"):
        config.copy(nonsense=1)


def test_explicit_overrides_win_and_leave_the_original_alone() -> None:
    config = BaseConfiguration(
        "http://old",
        credentials={"access_token": "OLD", "query_key": "q-old"},
        timeout=1,
        max_retries=5,
        default_headers={"X-Team": "a", "X-Keep": "k"},
    )
    new = config.with_overrides(
        host="http://new/",
        credentials={"access_token": "NEW", "query_key": None},
        timeout=9,
        max_retries=0,
        default_headers={"X-Team": "b"},
    )
    assert type(new) is BaseConfiguration
    assert new.host == "http://new"
    assert new.auth_for("BearerAuth") == ("header", "Authorization", "Bearer NEW")
    assert new.auth_for("QueryKey") == ("query", "api_key", "q-old")  # None: not given, kept
    assert new.timeout == httpx.Timeout(9) and new.max_retries == 0
    assert new.default_headers["X-Team"] == "b" and new.default_headers["X-Keep"] == "k"
    # the caller's object is unchanged
    assert config.host == "http://old" and config.max_retries == 5
    assert config.auth_for("BearerAuth") == ("header", "Authorization", "Bearer OLD")
    assert config.default_headers["X-Team"] == "a"
    # nothing given: an equal copy
    same = config.with_overrides()
    assert same is not config and same.__dict__ == config.__dict__
    with pytest.raises(TypeError, match="unknown credential"):
        config.with_overrides(credentials={"nope": "x"})
    with pytest.raises(ValueError, match="max_retries"):
        config.with_overrides(max_retries=-2)


def test_a_subclass_survives_copies() -> None:
    class Configuration(BaseConfiguration):
        pass

    config = Configuration()
    assert type(config.copy()) is Configuration
    assert type(config.with_overrides(host="http://x")) is Configuration
