"""WeCom callback crypto: the WXBizMsgCrypt scheme, framed here, AES from ``cryptography``.

Scheme (https://developer.work.weixin.qq.com/document/path/91144, 加解密方案说明):
- signature = SHA1 of the sorted [token, timestamp, nonce, encrypt] joined without separator;
- AESKey = base64decode(EncodingAESKey + "="), 32 bytes; AES-256-CBC with IV = AESKey[:16];
  PKCS#7 padding to a multiple of 32 bytes (not AES's 16);
- plaintext = 16 random bytes ‖ 4-byte big-endian length of msg ‖ msg ‖ ReceiveId (corp ID);
- URL verification: ``GET ?msg_signature&timestamp&nonce&echostr`` → answer the decrypted
  echostr; events: ``POST`` ``<xml><ToUserName/><AgentID/><Encrypt/></xml>``.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import os
import secrets
import struct
import time
from dataclasses import dataclass
from xml.etree import ElementTree

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

BLOCK = 32  # WeCom pads to 32 bytes, not AES's 16
MAX_CLOCK_SKEW_S = 300  # an older timestamp is a replay, not a delivery


class CallbackRejected(Exception):
    """A callback that must not be acted on; ``status`` is the HTTP answer (403/400)."""

    def __init__(self, reason: str, status: int = 400) -> None:
        super().__init__(reason)
        self.reason = reason
        self.status = status


def signature(token: str, timestamp: str, nonce: str, encrypt: str) -> str:
    parts = sorted([token, timestamp, nonce, encrypt])
    return hashlib.sha1("".join(parts).encode()).hexdigest()


def _aes_key(encoding_aes_key: str) -> bytes:
    if len(encoding_aes_key) != 43:
        raise ValueError("EncodingAESKey must be 43 characters")
    try:
        key = base64.b64decode(encoding_aes_key + "=", validate=True)
    except binascii.Error as e:
        raise ValueError("EncodingAESKey is not valid base64") from e
    if len(key) != 32:
        raise ValueError("EncodingAESKey must decode to 32 bytes")
    return key


@dataclass(frozen=True)
class Encrypted:
    encrypt: str
    msg_signature: str
    timestamp: str
    nonce: str

    def xml(self) -> str:
        return (
            f"<xml><Encrypt><![CDATA[{self.encrypt}]]></Encrypt>"
            f"<MsgSignature><![CDATA[{self.msg_signature}]]></MsgSignature>"
            f"<TimeStamp>{self.timestamp}</TimeStamp>"
            f"<Nonce><![CDATA[{self.nonce}]]></Nonce></xml>"
        )


class WeComCrypto:
    """One callback configuration: token, EncodingAESKey and the ReceiveId (corp ID)."""

    def __init__(self, token: str, encoding_aes_key: str, receive_id: str) -> None:
        self.token = token
        self.receive_id = receive_id
        self._key = _aes_key(encoding_aes_key)

    # -- raw encrypt/decrypt -------------------------------------------------
    def encrypt(self, message: str, random16: bytes | None = None) -> str:
        body = message.encode()
        plain = (
            (random16 or os.urandom(16))
            + struct.pack(">I", len(body))
            + body
            + self.receive_id.encode()
        )
        pad = BLOCK - len(plain) % BLOCK
        plain += bytes([pad]) * pad
        enc = Cipher(algorithms.AES(self._key), modes.CBC(self._key[:16])).encryptor()
        return base64.b64encode(enc.update(plain) + enc.finalize()).decode()

    def decrypt(self, encrypt: str) -> str:
        try:
            data = base64.b64decode(encrypt, validate=True)
        except binascii.Error as e:
            raise CallbackRejected("Encrypt is not base64") from e
        if not data or len(data) % 16:
            raise CallbackRejected("Encrypt has a broken length")
        dec = Cipher(algorithms.AES(self._key), modes.CBC(self._key[:16])).decryptor()
        plain = dec.update(data) + dec.finalize()
        pad = plain[-1]
        if not 1 <= pad <= BLOCK or plain[-pad:] != bytes([pad]) * pad:
            raise CallbackRejected("bad AES padding")
        plain = plain[:-pad]
        if len(plain) < 20:
            raise CallbackRejected("plaintext too short")
        (length,) = struct.unpack(">I", plain[16:20])
        if 20 + length > len(plain):
            raise CallbackRejected("message length out of range")
        message = plain[20 : 20 + length]
        receive_id = plain[20 + length :].decode(errors="replace")
        if receive_id != self.receive_id:
            raise CallbackRejected(f"wrong corp ID {receive_id!r}", status=403)
        try:
            return message.decode()
        except UnicodeDecodeError as e:
            raise CallbackRejected("message is not UTF-8") from e

    # -- the two callback requests -------------------------------------------
    def check_signature(self, msg_signature: str, timestamp: str, nonce: str, encrypt: str) -> None:
        expected = signature(self.token, timestamp, nonce, encrypt)
        if not hmac.compare_digest(expected, msg_signature.lower()):
            raise CallbackRejected("bad msg_signature", status=403)

    def verify_url(
        self,
        msg_signature: str,
        timestamp: str,
        nonce: str,
        echostr: str,
        *,
        now: float | None = None,
    ) -> str:
        """The GET the console sends when the URL is saved: the decrypted echostr, to echo."""
        self.check_signature(msg_signature, timestamp, nonce, echostr)
        if now is not None:
            _check_fresh(timestamp, now)
        return self.decrypt(echostr)

    def decrypt_post(
        self,
        msg_signature: str,
        timestamp: str,
        nonce: str,
        body: bytes | str,
        *,
        now: float | None,
    ) -> str:
        """A POSTed event → its plaintext XML. ``now=None`` skips the age check (tests
        of the official sample, whose timestamp is from 2014)."""
        encrypt = _find(body, "Encrypt")
        self.check_signature(msg_signature, timestamp, nonce, encrypt)
        if now is not None:
            _check_fresh(timestamp, now)
        return self.decrypt(encrypt)

    def encrypt_post(self, message: str, timestamp: str | None = None) -> Encrypted:
        ts = timestamp or str(int(time.time()))
        nonce = str(secrets.randbelow(10**10))
        encrypt = self.encrypt(message)
        return Encrypted(encrypt, signature(self.token, ts, nonce, encrypt), ts, nonce)


def _check_fresh(timestamp: str, now: float) -> None:
    try:
        ts = int(timestamp)
    except ValueError as e:
        raise CallbackRejected("timestamp is not a number") from e
    if abs(now - ts) > MAX_CLOCK_SKEW_S:
        raise CallbackRejected("timestamp too old or in the future", status=403)


def _find(body: bytes | str, tag: str) -> str:
    try:
        root = ElementTree.fromstring(body)
    except ElementTree.ParseError as e:
        raise CallbackRejected("broken XML") from e
    value = root.findtext(tag)
    if not value:
        raise CallbackRejected(f"no <{tag}> in the callback")
    return value


def parse_xml(text: str) -> dict[str, str]:
    """A decrypted event's flat fields (``<Event>``, ``<ChatId>`` …) as strings."""
    try:
        root = ElementTree.fromstring(text)
    except ElementTree.ParseError as e:
        raise CallbackRejected("broken XML in the decrypted event") from e
    return {child.tag: (child.text or "") for child in root}
