#!/usr/bin/env python3
"""Writes the simulator's audio (silent MP3 and FLAC files, real and playable) into mappings/.

The mappings carry the audio inline (base64Body) because the simulator loads this directory as an
extra mappings source without a __files root (see deploy/mock/README.md). Run it from this
directory after changing the audio; the generated files are committed.
"""
import base64
import json
import struct


def mp3(seconds):
    # MPEG-1 Layer III, 32 kbit/s, 44.1 kHz, mono; all-zero side info decodes as silence.
    header = bytes([0xFF, 0xFB, 0x10, 0xC0])
    frame = header + bytes(144 * 32000 // 44100 - 4)
    return frame * (int(seconds * 44100 / 1152) + 1)


def crc8(data):
    c = 0
    for b in data:
        c ^= b
        for _ in range(8):
            c = ((c << 1) ^ 0x07) & 0xFF if c & 0x80 else (c << 1) & 0xFF
    return c


def crc16(data):
    c = 0
    for b in data:
        c ^= b << 8
        for _ in range(8):
            c = ((c << 1) ^ 0x8005) & 0xFFFF if c & 0x8000 else (c << 1) & 0xFFFF
    return c


def flac(seconds):
    # 16-bit mono 44.1 kHz, 4096-sample blocks of CONSTANT (silent) subframes.
    rate, block, total = 44100, 4096, 44100 * seconds
    out = bytearray(b"fLaC")
    info = struct.pack(">HH", block, block) + bytes(6)
    info += ((rate << 44) | (15 << 36) | total).to_bytes(8, "big") + bytes(16)
    out += bytes([0x80]) + len(info).to_bytes(3, "big") + info
    for i in range((total + block - 1) // block):
        n = min(block, total - i * block)
        code, extra = (0b1100, b"") if n == block else (0b0111, struct.pack(">H", n - 1))
        head = bytearray([0xFF, 0xF8, (code << 4) | 0b1001, 0b1000, i]) + extra
        head.append(crc8(head))
        frame = head + bytes([0x00]) + struct.pack(">h", 0)
        out += frame + struct.pack(">H", crc16(frame))
    return bytes(out)


def mapping(name, content_type, body):
    return {
        "priority": 5,
        "request": {"method": "GET", "urlPathPattern": "/mureka-files/[^/]+/" + name},
        "response": {
            "status": 200,
            "headers": {"Content-Type": content_type},
            "base64Body": base64.b64encode(body).decode("ascii"),
        },
    }


for index, seconds in ((0, 3), (1, 2)):
    for name, content_type, body in (
        (f"choice-{index}.mp3", "audio/mpeg", mp3(seconds)),
        (f"choice-{index}.flac", "audio/flac", flac(seconds)),
    ):
        with open(f"mappings/audio-{name.replace('.', '-')}.json", "w") as f:
            json.dump(mapping(name, content_type, body), f, indent=2)
            f.write("\n")
