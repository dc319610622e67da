"""Passphrase → key, key check, sealing, and the optional OS keychain."""

from __future__ import annotations

import sys
import unicodedata

import keyring
import keyring.errors
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail

from chairdesk.sync import crypto
from chairdesk.sync.crypto import ScryptParams

FAST = ScryptParams(n=1024, r=8, p=1)
SALT = b"0123456789abcdef"


def test_same_passphrase_same_key_and_other_salt_other_key() -> None:
    key = crypto.derive_key("correct horse", SALT, FAST)
    assert len(key) == 32
    assert crypto.derive_key("correct horse", SALT, FAST) == key
    assert crypto.derive_key("correct horse", b"fedcba9876543210", FAST) != key
    assert crypto.derive_key("correct horsE", SALT, FAST) != key


def test_passphrase_typed_on_any_system_gives_the_same_key() -> None:
    # macOS may hand over decomposed accents; Windows composed ones.
    words = "Égalité ça marche – 共享"
    nfd = unicodedata.normalize("NFD", words)
    assert nfd != words
    assert crypto.derive_key(nfd, SALT, FAST) == crypto.derive_key(words, SALT, FAST)


@pytest.mark.slow
def test_default_parameters_derive_a_key() -> None:
    # The real cost (128 MiB, well under a second) must work with this cryptography build.
    assert len(crypto.derive_key("p", crypto.new_salt(), crypto.DEFAULT_PARAMS)) == 32


def test_empty_passphrase_is_refused() -> None:
    with pytest.raises(ValueError):
        crypto.derive_key("", SALT, FAST)


def test_new_salt_is_random() -> None:
    assert len(crypto.new_salt()) == 16
    assert crypto.new_salt() != crypto.new_salt()


def test_key_check_recognises_the_right_key_only() -> None:
    key = crypto.derive_key("right", SALT, FAST)
    check = crypto.key_check(key)
    assert crypto.verify_key(key, check)
    assert not crypto.verify_key(crypto.derive_key("wrong", SALT, FAST), check)
    assert key not in check


def test_params_round_trip_and_bounds() -> None:
    assert ScryptParams.from_json(FAST.to_json()) == FAST
    assert ScryptParams.from_json(crypto.DEFAULT_PARAMS.to_json()) == crypto.DEFAULT_PARAMS
    for bad in (
        {"algorithm": "scrypt", "n": 2**30, "r": 8, "p": 1},  # hostile: gigabytes
        {"algorithm": "scrypt", "n": 1000, "r": 8, "p": 1},  # not a power of two
        {"algorithm": "scrypt", "n": 2**20, "r": 16, "p": 1},  # 2 GiB
        {"algorithm": "scrypt", "n": 2**14, "r": 8, "p": 1000},
        {"algorithm": "scrypt", "n": "16384", "r": 8, "p": 1},
        {"algorithm": "argon2id", "n": 2**14, "r": 8, "p": 1},
        {"n": 2**14},
        None,
    ):
        with pytest.raises(ValueError):
            ScryptParams.from_json(bad)


def test_seal_and_open() -> None:
    key = bytes(32)
    sealed = crypto.encrypt(key, b"secret minutes", b"header")
    assert len(sealed) == len(b"secret minutes") + crypto.SEAL_OVERHEAD
    assert crypto.decrypt(key, sealed, b"header") == b"secret minutes"
    with pytest.raises(crypto.DecryptError):
        crypto.decrypt(key, sealed, b"other header")
    with pytest.raises(crypto.DecryptError):
        crypto.decrypt(bytes([1]) * 32, sealed, b"header")
    with pytest.raises(crypto.DecryptError):
        crypto.decrypt(key, sealed[:20], b"header")


# --- keychain -----------------------------------------------------------------------------


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.saved: dict[tuple[str, str], str] = {}

    def set_password(self, service: str, username: str, password: str) -> None:
        self.saved[(service, username)] = password

    def get_password(self, service: str, username: str) -> str | None:
        return self.saved.get((service, username))

    def delete_password(self, service: str, username: str) -> None:
        if self.saved.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError(username)


@pytest.fixture
def use_keyring():
    previous = keyring.get_keyring()

    def use(backend: KeyringBackend) -> KeyringBackend:
        keyring.set_keyring(backend)
        return backend

    yield use
    keyring.set_keyring(previous)


def test_passphrase_kept_in_the_keychain(use_keyring) -> None:
    backend = use_keyring(MemoryKeyring())
    assert crypto.load_passphrase("ws-1") is None
    assert crypto.store_passphrase("ws-1", "Égalité 2026")
    assert backend.saved == {(crypto.KEYRING_SERVICE, "ws-1"): "Égalité 2026"}
    assert crypto.load_passphrase("ws-1") == "Égalité 2026"
    assert crypto.load_passphrase("ws-2") is None
    assert crypto.forget_passphrase("ws-1")
    assert crypto.load_passphrase("ws-1") is None
    assert not crypto.forget_passphrase("ws-1")


def test_no_keychain_backend_is_not_an_error(use_keyring) -> None:
    use_keyring(fail.Keyring())
    assert crypto.store_passphrase("ws-1", "p") is False
    assert crypto.load_passphrase("ws-1") is None
    assert crypto.forget_passphrase("ws-1") is False


def test_keyring_not_installed_is_not_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "keyring", None)  # import keyring -> ImportError
    assert crypto.store_passphrase("ws-1", "p") is False
    assert crypto.load_passphrase("ws-1") is None
    assert crypto.forget_passphrase("ws-1") is False
