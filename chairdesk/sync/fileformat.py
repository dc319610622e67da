"""The bytes of one sync file (an update or a snapshot) in the shared folder.

API summary
-----------
- ``encode(payload, *, workspace_id, device_id, seq, kind="update", key=None) -> bytes``:
  header + payload; with ``key`` (32 bytes, from ``crypto.derive_key``) the payload is
  sealed with AES-256-GCM, the header being its associated data.
- ``decode(data, *, workspace_id, key) -> DecodedFile(device_id, seq, kind, payload,
  content_hash, encrypted)``; ``content_hash`` is the SHA-256 (hex) of the whole file, the
  key of the ledger of applied files.
- ``read(stream, size, *, workspace_id, key) -> DecodedFile``: the same from an open file
  of `size` bytes, reading its header first and then no more than the header says: a
  file longer or shorter than its header says, or announcing more than ``MAX_PAYLOAD``,
  is refused without reading its payload (a multi-gigabyte junk file costs a few bytes).

  Problems raise a ``FileProblem`` subclass whose message can be shown to a person:

  ``Incomplete``        shorter than its header says: it may still be arriving; retry later
                        (``transient`` is True; quarantine it only if it stays so).
  ``Corrupt``           not a ChairDesk sync file, a checksum that fails at full length,
                        trailing bytes, impossible header values.
  ``FutureFormat``      written by a newer ChairDesk: "update ChairDesk".
  ``WrongWorkspace``    belongs to another shared workspace.
  ``PassphraseNeeded``  encrypted, and no key was given.
  ``DecryptionFailed``  wrong passphrase, or the file was tampered with (or a plain file in
                        an encrypted workspace).

  Nothing is returned unless every check passed, so a caller never applies a partial or
  damaged payload.
- ``file_name(seq, kind)`` → ``"000000000042.update"``; ``parse_file_name(name)``.

The layout (big-endian integers) is documented byte by byte in docs/sync.md, "File format".
Bytes 0–15 (magic, version, header length, CRC-32) keep their meaning in every future format
version, so that an older ChairDesk can always tell "newer format" from "damaged".
"""

from __future__ import annotations

import hashlib
import io
import re
import struct
import zlib
from dataclasses import dataclass
from typing import BinaryIO

from chairdesk.sync import crypto

MAGIC = b"\x89CDSync\n"
FORMAT_VERSION = 1
KINDS = {"update": 1, "snapshot": 2}
KIND_NAMES = {v: k for k, v in KINDS.items()}
FLAG_ENCRYPTED = 0x01
# 256 MiB: a whole working group's history is a few megabytes (its Y.Doc lives in memory);
# a header announcing more is damaged or hostile, and is refused without reading further.
MAX_PAYLOAD = 1 << 28
_CHUNK = 1 << 20  # a payload is read (and hashed) a mebibyte at a time
DIGEST_SIZE = 32

_PREFIX = struct.Struct(">8sHH")  # magic, format version, header length
_PREFIX_SIZE = _PREFIX.size + 4  # + CRC-32 of the above = 16
_FIXED = struct.Struct(">BBQQ")  # kind, flags, seq, stored payload length
_MIN_HEADER = _PREFIX_SIZE + _FIXED.size + 2 + 2 * DIGEST_SIZE
_MAX_SEQ = (1 << 63) - 1
_NAME_RE = re.compile(r"^(\d{1,19})\.(update|snapshot)$")


class FileProblem(Exception):
    """A sync file that cannot be applied (yet). ``str(exc)`` is a readable reason."""

    transient = False


class Incomplete(FileProblem):
    transient = True


class Corrupt(FileProblem):
    pass


class FutureFormat(FileProblem):
    pass


class WrongWorkspace(FileProblem):
    pass


class DecryptionFailed(FileProblem):
    pass


class PassphraseNeeded(FileProblem):
    pass


@dataclass(frozen=True)
class DecodedFile:
    device_id: str
    seq: int
    kind: str
    payload: bytes
    content_hash: str
    encrypted: bool = False


def file_name(seq: int, kind: str = "update") -> str:
    _check_seq_kind(seq, kind)
    return f"{seq:012d}.{kind}"


def parse_file_name(name: str) -> tuple[int, str] | None:
    """``(seq, kind)`` of a canonical file name, ``None`` for anything else."""
    m = _NAME_RE.match(name)
    return (int(m.group(1)), m.group(2)) if m else None


def content_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def encode(
    payload: bytes,
    *,
    workspace_id: str,
    device_id: str,
    seq: int,
    kind: str = "update",
    key: bytes | None = None,
) -> bytes:
    _check_seq_kind(seq, kind)
    ws = _id_bytes(workspace_id, "workspace_id")
    dev = _id_bytes(device_id, "device_id")
    stored_len = len(payload) + (crypto.SEAL_OVERHEAD if key is not None else 0)
    if stored_len > MAX_PAYLOAD:
        raise ValueError("payload too large")
    header_len = _MIN_HEADER + len(ws) + len(dev)
    prefix = _PREFIX.pack(MAGIC, FORMAT_VERSION, header_len)
    aad = b"".join(
        (
            prefix,
            struct.pack(">I", zlib.crc32(prefix)),
            _FIXED.pack(KINDS[kind], FLAG_ENCRYPTED if key is not None else 0, seq, stored_len),
            bytes([len(ws)]),
            ws,
            bytes([len(dev)]),
            dev,
        )
    )
    stored = crypto.encrypt(key, bytes(payload), aad) if key is not None else bytes(payload)
    assert len(stored) == stored_len
    head = aad + hashlib.sha256(stored).digest()
    head += hashlib.sha256(head).digest()
    assert len(head) == header_len
    return head + stored


def decode(data: bytes, *, workspace_id: str, key: bytes | None = None) -> DecodedFile:
    data = bytes(data)
    return read(io.BytesIO(data), len(data), workspace_id=workspace_id, key=key)


def read(
    stream: BinaryIO, size: int, *, workspace_id: str, key: bytes | None = None
) -> DecodedFile:
    """Decode the sync file open in `stream` (positioned at its start), `size` bytes long.

    Reads the header, then the payload only if the header's lengths agree with `size`
    and stay within MAX_PAYLOAD: never more than the header says.
    """

    def take(n: int) -> bytes:
        return _read_exactly(stream, n)

    prefix = take(min(size, _PREFIX_SIZE))
    if len(prefix) < len(MAGIC):
        if prefix == MAGIC[: len(prefix)]:
            raise Incomplete(
                f"incomplete: only {len(prefix)} bytes so far (it may still be arriving)"
            )
        raise Corrupt("not a ChairDesk sync file")
    if prefix[: len(MAGIC)] != MAGIC:
        raise Corrupt("not a ChairDesk sync file")
    if len(prefix) < _PREFIX_SIZE:
        raise Incomplete(f"incomplete: only {len(prefix)} bytes so far (it may still be arriving)")
    _, version, header_len = _PREFIX.unpack_from(prefix)
    (crc,) = struct.unpack_from(">I", prefix, _PREFIX.size)
    if crc != zlib.crc32(prefix[: _PREFIX.size]):
        raise Corrupt("damaged: the header checksum does not match")
    if version > FORMAT_VERSION:
        raise FutureFormat(
            f"written by a newer ChairDesk (file format {version}; this one reads up to "
            f"{FORMAT_VERSION}); update ChairDesk"
        )
    if version < 1:
        raise Corrupt(f"damaged: unknown file format {version}")
    if header_len < _MIN_HEADER + 2:
        raise Corrupt("damaged: impossible header length")
    if size < header_len:
        raise Incomplete(
            f"incomplete: {size} bytes, the header alone is {header_len} (it may still be arriving)"
        )
    head = prefix + take(header_len - _PREFIX_SIZE)
    if len(head) < header_len:  # the file shrank while it was read: it is being rewritten
        raise Incomplete(f"incomplete: {len(head)} bytes so far (it may still be arriving)")
    if hashlib.sha256(head[:-DIGEST_SIZE]).digest() != head[-DIGEST_SIZE:]:
        raise Corrupt("damaged: the header checksum does not match")

    kind_code, flags, seq, stored_len = _FIXED.unpack_from(head, _PREFIX_SIZE)
    pos = _PREFIX_SIZE + _FIXED.size
    ws, pos = _read_id(head, pos, header_len)
    dev, pos = _read_id(head, pos, header_len)
    if pos + 2 * DIGEST_SIZE != header_len:
        raise Corrupt("damaged: inconsistent header")
    aad, payload_digest = head[:pos], head[pos : pos + DIGEST_SIZE]
    if kind_code not in KIND_NAMES or flags & ~FLAG_ENCRYPTED or seq > _MAX_SEQ:
        raise Corrupt("damaged: impossible header values")
    if stored_len > MAX_PAYLOAD:
        raise Corrupt("damaged: impossible payload length")
    try:
        file_ws, device_id = ws.decode("utf-8"), dev.decode("utf-8")
    except UnicodeDecodeError:
        raise Corrupt("damaged: unreadable workspace or device id") from None
    if file_ws != workspace_id:
        raise WrongWorkspace(f"belongs to another shared workspace ({file_ws}, not {workspace_id})")

    total = header_len + stored_len
    if size < total:
        raise Incomplete(f"incomplete: {size} of {total} bytes (it may still be arriving)")
    if size > total:
        raise Corrupt(f"damaged: {size - total} unexpected bytes after the end")
    whole = hashlib.sha256(head)
    digest = hashlib.sha256()
    chunks: list[bytes] = []
    got = 0
    while got < stored_len:
        chunk = take(min(_CHUNK, stored_len - got))
        if not chunk:  # it shrank while it was read: it is being rewritten
            raise Incomplete(
                f"incomplete: {header_len + got} bytes so far (it may still be arriving)"
            )
        chunks.append(chunk)
        got += len(chunk)
        digest.update(chunk)
        whole.update(chunk)
    if stream.read(1):  # it grew while it was read: judged again next time
        raise Corrupt("damaged: unexpected bytes after the end")
    if digest.digest() != payload_digest:
        raise Corrupt("damaged: the checksum does not match")
    stored = b"".join(chunks)

    encrypted = bool(flags & FLAG_ENCRYPTED)
    if encrypted:
        if key is None:
            raise PassphraseNeeded("encrypted: the workspace passphrase is needed")
        try:
            payload = crypto.decrypt(key, stored, aad)
        except crypto.DecryptError:
            raise DecryptionFailed(
                "cannot be decrypted: wrong passphrase, or the file was tampered with"
            ) from None
    else:
        if key is not None:
            raise DecryptionFailed(
                "refused: the file is not encrypted but this workspace is "
                "(it was not written by a member of the workspace)"
            )
        payload = stored
    return DecodedFile(
        device_id=device_id,
        seq=seq,
        kind=KIND_NAMES[kind_code],
        payload=payload,
        content_hash=whole.hexdigest(),
        encrypted=encrypted,
    )


def _read_exactly(stream: BinaryIO, n: int) -> bytes:
    """Up to `n` bytes: fewer only at the end of the file."""
    parts = []
    while n > 0:
        chunk = stream.read(n)
        if not chunk:
            break
        parts.append(chunk)
        n -= len(chunk)
    return b"".join(parts)


def _read_id(head: bytes, pos: int, header_len: int) -> tuple[bytes, int]:
    if pos >= header_len:
        raise Corrupt("damaged: inconsistent header")
    n = head[pos]
    end = pos + 1 + n
    if n == 0 or end > header_len - 2 * DIGEST_SIZE:
        raise Corrupt("damaged: inconsistent header")
    return head[pos + 1 : end], end


def _id_bytes(value: str, name: str) -> bytes:
    if not isinstance(value, str) or not value:
        raise ValueError(f"{name} must be a non-empty string")
    raw = value.encode("utf-8")
    if len(raw) > 255:
        raise ValueError(f"{name} is longer than 255 bytes")
    return raw


def _check_seq_kind(seq: int, kind: str) -> None:
    if not isinstance(seq, int) or isinstance(seq, bool) or not 0 <= seq <= _MAX_SEQ:
        raise ValueError(f"sequence number out of range: {seq!r}")
    if kind not in KINDS:
        raise ValueError(f"kind must be one of {sorted(KINDS)}, not {kind!r}")
