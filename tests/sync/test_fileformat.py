"""The bytes of one sync file: nothing truncated, damaged, foreign or tampered is ever accepted."""

from __future__ import annotations

import hashlib
import struct
import zlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chairdesk.sync import fileformat as ff
from chairdesk.sync.fileformat import (
    Corrupt,
    DecryptionFailed,
    FutureFormat,
    Incomplete,
    PassphraseNeeded,
    WrongWorkspace,
    decode,
    encode,
)

WS = "6f1c2d4e-0b7a-4c1e-9d2f-3a5b7c9e1f20"
DEV = "a3e1b2c4-5d6f-4a8b-9c0d-1e2f3a4b5c6d"
KEY = bytes(range(32))
# A Yjs-like payload with text in several UN languages.
PAYLOAD = "Égalité – مساواة – 平等 – равенство 👩🏽‍⚖️".encode() + bytes(range(40))


def plain(*, seq: int = 42, key: bytes | None = None) -> bytes:
    return encode(PAYLOAD, workspace_id=WS, device_id=DEV, seq=seq, key=key)


def sealed(*, seq: int = 42) -> bytes:
    return plain(seq=seq, key=KEY)


def reseal(data: bytearray) -> bytes:
    """Recompute every checksum after a deliberate edit (what a tamperer would do)."""
    header_len = struct.unpack_from(">H", data, 10)[0]
    data[12:16] = struct.pack(">I", zlib.crc32(bytes(data[:12])))
    stored = bytes(data[header_len:])
    data[header_len - 64 : header_len - 32] = hashlib.sha256(stored).digest()
    data[header_len - 32 : header_len] = hashlib.sha256(bytes(data[: header_len - 32])).digest()
    return bytes(data)


@pytest.mark.parametrize("kind", ["update", "snapshot"])
@pytest.mark.parametrize("key", [None, KEY], ids=["plain", "encrypted"])
def test_round_trip(kind: str, key: bytes | None) -> None:
    data = encode(PAYLOAD, workspace_id=WS, device_id=DEV, seq=7, kind=kind, key=key)
    got = decode(data, workspace_id=WS, key=key)
    assert (got.device_id, got.seq, got.kind, got.payload) == (DEV, 7, kind, PAYLOAD)
    assert got.encrypted is (key is not None)
    assert got.content_hash == hashlib.sha256(data).hexdigest()


def test_encrypted_file_does_not_show_its_payload() -> None:
    data = sealed()
    assert "Égalité".encode() not in data
    assert sealed() != data  # a fresh random nonce every time


def test_empty_payload_and_large_sequence_numbers() -> None:
    data = encode(b"", workspace_id=WS, device_id=DEV, seq=2**63 - 1, key=KEY)
    assert decode(data, workspace_id=WS, key=KEY).seq == 2**63 - 1


@settings(max_examples=60, deadline=None)
@given(
    payload=st.binary(max_size=300),
    device=st.text(min_size=1, max_size=40),
    seq=st.integers(0, 2**63 - 1),
    encrypted=st.booleans(),
)
def test_round_trip_any_payload(payload: bytes, device: str, seq: int, encrypted: bool) -> None:
    key = KEY if encrypted else None
    data = encode(payload, workspace_id=WS, device_id=device, seq=seq, key=key)
    got = decode(data, workspace_id=WS, key=key)
    assert (got.payload, got.device_id, got.seq) == (payload, device, seq)


@pytest.mark.parametrize("key", [None, KEY], ids=["plain", "encrypted"])
def test_a_file_cut_at_any_byte_is_incomplete_until_it_has_arrived(key: bytes | None) -> None:
    data = plain(key=key)
    for cut in range(len(data)):
        with pytest.raises(Incomplete) as info:
            decode(data[:cut], workspace_id=WS, key=key)
        assert info.value.transient
        assert "arriving" in str(info.value)
    assert decode(data, workspace_id=WS, key=key).payload == PAYLOAD


@pytest.mark.parametrize("key", [None, KEY], ids=["plain", "encrypted"])
def test_every_flipped_bit_is_refused_as_damage(key: bytes | None) -> None:
    data = plain(key=key)
    for pos in range(len(data)):
        for bit in range(8):
            damaged = bytearray(data)
            damaged[pos] ^= 1 << bit
            with pytest.raises((Corrupt, DecryptionFailed)):
                decode(bytes(damaged), workspace_id=WS, key=key)


def test_trailing_bytes_are_damage() -> None:
    with pytest.raises(Corrupt, match="unexpected bytes"):
        decode(plain() + b"\0", workspace_id=WS, key=None)


@pytest.mark.parametrize(
    "data",
    [b"hello world", b"%PDF-1.7\n" + bytes(200), bytes(500), b"\x89PNG\r\n\x1a\n" + bytes(90)],
)
def test_other_files_are_not_sync_files(data: bytes) -> None:
    with pytest.raises(Corrupt, match="not a ChairDesk sync file"):
        decode(data, workspace_id=WS, key=None)


def test_empty_file_may_still_be_arriving() -> None:
    with pytest.raises(Incomplete):
        decode(b"", workspace_id=WS, key=None)


def test_wrong_passphrase_is_refused() -> None:
    with pytest.raises(DecryptionFailed, match="wrong passphrase"):
        decode(sealed(), workspace_id=WS, key=bytes(32))


def test_encrypted_file_without_passphrase() -> None:
    with pytest.raises(PassphraseNeeded, match="passphrase"):
        decode(sealed(), workspace_id=WS, key=None)


def test_plain_file_refused_in_an_encrypted_workspace() -> None:
    with pytest.raises(DecryptionFailed, match="not encrypted"):
        decode(plain(), workspace_id=WS, key=KEY)


@pytest.mark.parametrize("offset", [16, 17, 18, 25], ids=["kind", "flags", "seq-high", "seq-low"])
def test_tampered_header_with_recomputed_checksums_is_refused(offset: int) -> None:
    data = bytearray(sealed())
    data[offset] ^= 0x01
    with pytest.raises((DecryptionFailed, Corrupt)):
        decode(reseal(data), workspace_id=WS, key=KEY)


def test_tampered_sequence_number_fails_decryption() -> None:
    data = bytearray(sealed(seq=42))
    struct.pack_into(">Q", data, 18, 43)
    with pytest.raises(DecryptionFailed):
        decode(reseal(data), workspace_id=WS, key=KEY)


def test_tampered_device_id_fails_decryption() -> None:
    other = "b3e1b2c4-5d6f-4a8b-9c0d-1e2f3a4b5c6d"
    data = bytearray(sealed())
    i = data.index(DEV.encode())
    data[i : i + len(other)] = other.encode()
    with pytest.raises(DecryptionFailed):
        decode(reseal(data), workspace_id=WS, key=KEY)


def test_payload_moved_to_another_header_fails_decryption() -> None:
    a, b = sealed(seq=1), sealed(seq=2)
    header_len = struct.unpack_from(">H", a, 10)[0]
    forged = bytearray(b[:header_len] + a[header_len:])
    with pytest.raises(DecryptionFailed):
        decode(reseal(forged), workspace_id=WS, key=KEY)


def test_tampered_ciphertext_with_recomputed_checksums_fails_decryption() -> None:
    data = bytearray(sealed())
    data[-20] ^= 0x80
    with pytest.raises(DecryptionFailed):
        decode(reseal(data), workspace_id=WS, key=KEY)


def _future(version: int, rest: bytes = b"whatever a newer ChairDesk writes") -> bytes:
    prefix = struct.pack(">8sHH", ff.MAGIC, version, 16 + len(rest))
    return prefix + struct.pack(">I", zlib.crc32(prefix)) + rest


def test_future_format_is_refused_with_its_message() -> None:
    with pytest.raises(FutureFormat, match="newer ChairDesk.*update ChairDesk"):
        decode(_future(2), workspace_id=WS, key=None)
    # ... even before the whole file has arrived, and whatever follows the first 16 bytes
    with pytest.raises(FutureFormat):
        decode(_future(7)[:16], workspace_id=WS, key=KEY)


def test_damaged_version_is_not_mistaken_for_a_newer_format() -> None:
    data = bytearray(plain())
    data[9] ^= 0x02  # version 1 -> 3, CRC not recomputed
    with pytest.raises(Corrupt):
        decode(bytes(data), workspace_id=WS, key=None)


def test_version_zero_is_damage() -> None:
    with pytest.raises(Corrupt):
        decode(_future(0), workspace_id=WS, key=None)


@pytest.mark.parametrize("key", [None, KEY], ids=["plain", "encrypted"])
def test_wrong_workspace_is_refused(key: bytes | None) -> None:
    other = "0e0e0e0e-0b7a-4c1e-9d2f-3a5b7c9e1f20"
    with pytest.raises(WrongWorkspace, match="another shared workspace"):
        decode(plain(key=key), workspace_id=other, key=key)


def test_encode_refuses_bad_arguments() -> None:
    with pytest.raises(ValueError):
        encode(b"", workspace_id=WS, device_id=DEV, seq=-1)
    with pytest.raises(ValueError):
        encode(b"", workspace_id=WS, device_id=DEV, seq=1, kind="patch")
    with pytest.raises(ValueError):
        encode(b"", workspace_id="", device_id=DEV, seq=1)
    with pytest.raises(ValueError):
        encode(b"", workspace_id=WS, device_id="x" * 256, seq=1)
    with pytest.raises(ValueError):
        encode(b"", workspace_id=WS, device_id=DEV, seq=1, key=b"short")


def test_file_names() -> None:
    assert ff.file_name(42) == "000000000042.update"
    assert ff.file_name(42, "snapshot") == "000000000042.snapshot"
    assert ff.parse_file_name("000000000042.update") == (42, "update")
    assert ff.parse_file_name("1234567890123.snapshot") == (1234567890123, "snapshot")
    for name in (
        "000000000001 (conflicted copy 2026-11-28).update",
        ".tmp-abc",
        "000000000001.update.tmp",
        "notes.txt",
    ):
        assert ff.parse_file_name(name) is None


class _Junk:
    """A file of `size` bytes that starts with `start` and counts what is read of it."""

    def __init__(self, start: bytes, size: int) -> None:
        self.start, self.size, self.pos, self.taken = start, size, 0, 0

    def read(self, n: int = -1) -> bytes:
        n = self.size - self.pos if n < 0 else min(n, self.size - self.pos)
        data = (self.start[self.pos : self.pos + n]).ljust(n, b"\0")
        self.pos += n
        self.taken += n
        return data


def _announcing(length: int) -> bytes:
    """A header whose checksums are right and which announces a payload of `length` bytes."""
    data = bytearray(encode(b"", workspace_id=WS, device_id=DEV, seq=1))
    struct.pack_into(">Q", data, 26, length)
    header_len = struct.unpack_from(">H", data, 10)[0]
    data[header_len - 32 : header_len] = hashlib.sha256(bytes(data[: header_len - 32])).digest()
    return bytes(data)


@pytest.mark.parametrize(
    ("start", "size", "problem", "message"),
    [
        (b"junk" * 10, 3 << 30, Corrupt, "not a ChairDesk sync file"),
        (
            plain(),
            3 << 30,
            Corrupt,
            "unexpected bytes after the end",
        ),  # a valid file, then gigabytes
        (_announcing(ff.MAX_PAYLOAD + 1), 3 << 30, Corrupt, "impossible payload length"),
        (_announcing(1 << 30), ff.MAX_PAYLOAD, Corrupt, "impossible payload length"),
        (_announcing(1000), 3 << 30, Corrupt, "unexpected bytes after the end"),
        (_announcing(1000), 500, Incomplete, "may still be arriving"),
    ],
)
def test_a_huge_or_lying_file_is_judged_by_its_header_alone(
    start: bytes, size: int, problem: type, message: str
) -> None:
    stream = _Junk(start, size)
    with pytest.raises(problem, match=message):
        ff.read(stream, size, workspace_id=WS)
    assert stream.taken <= 1024  # its header, never its payload


def test_reading_an_open_file_gives_what_decoding_its_bytes_gives(tmp_path) -> None:  # noqa: ANN001
    path = tmp_path / "000000000042.update"
    data = sealed()
    path.write_bytes(data)
    with open(path, "rb") as fh:
        assert ff.read(fh, path.stat().st_size, workspace_id=WS, key=KEY) == decode(
            data, workspace_id=WS, key=KEY
        )


def test_the_largest_payload_a_file_may_hold_is_refused_when_writing_too() -> None:
    with pytest.raises(ValueError, match="too large"):
        encode(bytes(ff.MAX_PAYLOAD + 1), workspace_id=WS, device_id=DEV, seq=1)
