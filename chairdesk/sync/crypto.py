"""End-to-end encryption of a shared workspace: passphrase → key, sealing, key check, keychain.

API summary
-----------
- ``ScryptParams(n, r, p)``: scrypt cost parameters (stored in ``workspace.json``);
  ``DEFAULT_PARAMS`` (n=2**17, r=8, p=1: 128 MiB, about 0.4 s), ``to_json()``/``from_json()``.
  ``from_json`` refuses parameters outside safe bounds (a damaged or hostile
  ``workspace.json`` must not make ChairDesk allocate gigabytes or run for hours).
- ``new_salt() -> bytes``: 16 random bytes.
- ``derive_key(passphrase: str, salt: bytes, params: ScryptParams) -> bytes``: a 32-byte
  AES-256 key. The passphrase is NFC-normalised first, so the same words typed on macOS,
  Windows and Linux give the same key.
- ``key_check(key) -> bytes`` / ``verify_key(key, check) -> bool``: a key check value
  (HMAC-SHA256 of a fixed label) stored in ``workspace.json`` so that a wrong passphrase is
  recognised when linking, without trying to decrypt any update.
- ``encrypt(key, plaintext, aad) -> bytes`` (``nonce ‖ ciphertext ‖ tag``, AES-256-GCM, random
  96-bit nonce) and ``decrypt(key, sealed, aad) -> bytes`` raising ``DecryptError``.
- Keychain (optional, via ``keyring``): ``store_passphrase(workspace_id, passphrase) -> bool``,
  ``load_passphrase(workspace_id) -> str | None``, ``forget_passphrase(workspace_id) -> bool``.
  They never raise: without ``keyring`` or without a usable backend (a headless Linux box)
  they do nothing and return ``False`` / ``None``.

Nothing here touches the database, Qt or the disk.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import os
import unicodedata
from dataclasses import dataclass

# cryptography is imported where a key is made or used: the application checks where its
# database lives (sync.location → sync.folder → here) at every start, encrypted or not.

log = logging.getLogger(__name__)

KEY_SIZE = 32  # AES-256
NONCE_SIZE = 12  # 96-bit GCM nonce
TAG_SIZE = 16
SALT_SIZE = 16
SEAL_OVERHEAD = NONCE_SIZE + TAG_SIZE
KEYRING_SERVICE = "ChairDesk sync"
_KEY_CHECK_LABEL = b"ChairDesk workspace key check v1"

# Bounds accepted from workspace.json.
_MAX_MEMORY = 1 << 30  # scrypt uses 128 * n * r bytes
_MIN_N = 1 << 10
_MAX_N = 1 << 20
_MAX_P = 16


class DecryptError(Exception):
    """Wrong key, or the sealed bytes or their associated data were changed."""


@dataclass(frozen=True)
class ScryptParams:
    n: int = 1 << 17
    r: int = 8
    p: int = 1

    def __post_init__(self) -> None:
        problem = self.problem()
        if problem:
            raise ValueError(f"scrypt parameters: {problem}")

    def problem(self) -> str | None:
        for name in ("n", "r", "p"):
            value = getattr(self, name)
            if not isinstance(value, int) or isinstance(value, bool) or value < 1:
                return f"{name} must be a positive integer"
        if self.n & (self.n - 1) or not _MIN_N <= self.n <= _MAX_N:
            return f"n must be a power of two between {_MIN_N} and {_MAX_N}"
        if 128 * self.n * self.r > _MAX_MEMORY:
            return "n and r need more than 1 GiB of memory"
        if self.p > _MAX_P:
            return f"p must be at most {_MAX_P}"
        return None

    def to_json(self) -> dict:
        return {"algorithm": "scrypt", "n": self.n, "r": self.r, "p": self.p}

    @classmethod
    def from_json(cls, data: object) -> ScryptParams:
        """Parameters read from workspace.json; ``ValueError`` when missing or out of bounds."""
        if not isinstance(data, dict) or data.get("algorithm") != "scrypt":
            raise ValueError("scrypt parameters: missing or not scrypt")
        return cls(n=data.get("n"), r=data.get("r"), p=data.get("p"))  # type: ignore[arg-type]


DEFAULT_PARAMS = ScryptParams()


def new_salt() -> bytes:
    return os.urandom(SALT_SIZE)


def normalize_passphrase(passphrase: str) -> bytes:
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def derive_key(passphrase: str, salt: bytes, params: ScryptParams = DEFAULT_PARAMS) -> bytes:
    """The workspace key for a passphrase (slow on purpose: run it off the UI thread)."""
    if not passphrase:
        raise ValueError("the passphrase is empty")
    if len(salt) < 8:
        raise ValueError("the salt is too short")
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    kdf = Scrypt(salt=salt, length=KEY_SIZE, n=params.n, r=params.r, p=params.p)
    return kdf.derive(normalize_passphrase(passphrase))


def key_check(key: bytes) -> bytes:
    """A value that tells whether a key is the workspace's key, without revealing the key."""
    _check_key(key)
    return hmac.new(key, _KEY_CHECK_LABEL, hashlib.sha256).digest()


def verify_key(key: bytes, check: bytes) -> bool:
    return hmac.compare_digest(key_check(key), check)


def encrypt(key: bytes, plaintext: bytes, aad: bytes) -> bytes:
    """``nonce ‖ ciphertext ‖ tag``; ``aad`` is authenticated but not stored."""
    _check_key(key)
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = os.urandom(NONCE_SIZE)
    return nonce + AESGCM(key).encrypt(nonce, plaintext, aad)


def decrypt(key: bytes, sealed: bytes, aad: bytes) -> bytes:
    _check_key(key)
    if len(sealed) < SEAL_OVERHEAD:
        raise DecryptError("sealed data too short")
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        return AESGCM(key).decrypt(sealed[:NONCE_SIZE], sealed[NONCE_SIZE:], aad)
    except InvalidTag:
        raise DecryptError("wrong key or tampered data") from None


def _check_key(key: bytes) -> None:
    if not isinstance(key, bytes | bytearray) or len(key) != KEY_SIZE:
        raise ValueError(f"a workspace key is {KEY_SIZE} bytes")


# --- OS keychain (optional) -------------------------------------------------------------


def _keyring():
    try:
        import keyring  # noqa: PLC0415 - optional, and slow to import
    except Exception:  # noqa: BLE001 - absent or broken: behave as "no keychain"
        return None
    return keyring


def store_passphrase(workspace_id: str, passphrase: str) -> bool:
    """Keep the passphrase in the OS keychain; ``False`` when there is no usable keychain."""
    kr = _keyring()
    if kr is None:
        return False
    try:
        kr.set_password(KEYRING_SERVICE, workspace_id, passphrase)
    except Exception as exc:  # noqa: BLE001 - NoKeyringError, D-Bus errors, locked keychain...
        log.info("passphrase not stored in the keychain: %s", exc)
        return False
    return True


def load_passphrase(workspace_id: str) -> str | None:
    kr = _keyring()
    if kr is None:
        return None
    try:
        return kr.get_password(KEYRING_SERVICE, workspace_id)
    except Exception as exc:  # noqa: BLE001
        log.info("no passphrase from the keychain: %s", exc)
        return None


def forget_passphrase(workspace_id: str) -> bool:
    kr = _keyring()
    if kr is None:
        return False
    try:
        kr.delete_password(KEYRING_SERVICE, workspace_id)
    except Exception as exc:  # noqa: BLE001 - PasswordDeleteError when absent
        log.info("passphrase not removed from the keychain: %s", exc)
        return False
    return True
