"""The base URL from the spec's servers (generator/runtime/_servers.py and the configuration),
with the example _settings: a plain server, a regional one with an enum and a default, and a
self-hosted one whose ``{endpoint}`` has no default."""

from __future__ import annotations

import pytest

from generator.runtime import _settings
from generator.runtime._config import BaseConfiguration
from generator.runtime._servers import ServerTemplate, ServerVariable, server_url

SERVERS = _settings.SERVERS


def test_the_first_server_is_the_default() -> None:
    assert server_url(SERVERS) == "https://api.example.com/v1"
    assert BaseConfiguration().host == "https://api.example.com/v1"


@pytest.mark.parametrize("server", [1, "Regional", "https://{region}.example.com/{version}"])
def test_a_server_is_chosen_by_index_description_or_url(server: int | str) -> None:
    assert server_url(SERVERS, server) == "https://eu.example.com/v2"


def test_variables_replace_their_defaults_and_keep_the_path() -> None:
    assert server_url(SERVERS, 1, {"region": "us"}) == "https://us.example.com/v2"
    assert server_url(SERVERS, 1, {"region": None, "version": "v3"}) == "https://eu.example.com/v3"
    config = BaseConfiguration(server=2, server_variables={"endpoint": "http://localhost:3000/"})
    assert config.host == "http://localhost:3000/example"


def test_a_value_outside_the_enum_is_refused() -> None:
    with pytest.raises(ValueError, match="region='mars' is not one of 'eu', 'us'"):
        server_url(SERVERS, 1, {"region": "mars"})


@pytest.mark.parametrize("server", [3, -1, "Staging", True])
def test_an_unknown_server_is_refused(server: int | str) -> None:
    with pytest.raises(ValueError, match="server="):
        server_url(SERVERS, server)


def test_a_variable_without_default_or_value_names_the_argument() -> None:
    with pytest.raises(ValueError, match=r"needs a value for \{endpoint\}: pass endpoint=\.\.\."):
        server_url(SERVERS, 2)


@pytest.mark.parametrize("url", ["/api/v1", "{base}/api"])
def test_a_relative_server_url_is_refused(url: str) -> None:
    servers = (ServerTemplate(url, "", (ServerVariable("base", "base", "."),)),)
    with pytest.raises(ValueError, match="is relative: pass base_url="):
        server_url(servers)


def test_the_configuration_defers_the_error_until_the_host_is_needed() -> None:
    config = BaseConfiguration(server=2)  # built, so that a Client can still give base_url
    assert "Configuration(host=None" in repr(config)
    with pytest.raises(ValueError, match=f"endpoint=.*{_settings.BASE_URL_ENV}"):
        config.check_host()
    assert config.with_overrides(host="http://h.test/").host == "http://h.test"
    chosen = config.with_overrides(server_variables={"endpoint": "http://h.test"})
    assert chosen.host == "http://h.test/example"
    assert config.with_overrides(server=1, server_variables={"region": "us"}).host == (
        "https://us.example.com/v2"
    )


def test_base_url_and_the_environment_win_over_the_servers(monkeypatch: pytest.MonkeyPatch) -> None:
    assert BaseConfiguration("http://given.test", server=2).host == "http://given.test"
    monkeypatch.setenv(_settings.BASE_URL_ENV, "http://env.test/base/")
    assert BaseConfiguration(server=2).host == "http://env.test/base"


def test_the_spec_s_default_is_used_even_when_its_enum_omits_it() -> None:
    servers = (ServerTemplate("https://{env}.test", "", (ServerVariable("env", "env", "dev", ("prod",)),)),)
    assert server_url(servers) == "https://dev.test"
    with pytest.raises(ValueError, match="env='qa' is not one of 'prod'"):
        server_url(servers, values={"env": "qa"})
