#!/usr/bin/env python3
"""Writes the simulator's GPT Image answers into mappings/images-generate-*.json.

One mapping per (output_format, size, background) the API accepts, each answering a real image of
that format and size (a dusk gradient; transparent ones fade to alpha 0 at the top) the way
`POST /v1/images/generations` answers for a GPT Image model: Base64 only, with `background`,
`output_format`, `quality`, `size` and `usage` (openai npm 7.60.0, resources/images.d.ts). The
bodies are inline because this directory is loaded without a __files root (deploy/mock/README.md).
PNG is written here; WebP and JPEG by `cwebp` and `cjpeg` (Debian: webp, libjpeg-turbo-progs).
Run from this directory after changing it; the generated files are committed.
"""
import base64
import json
import os
import struct
import subprocess
import tempfile
import zlib

SIZES = {"1024x1024": (1024, 1024), "1536x1024": (1536, 1024), "1024x1536": (1024, 1536)}
# Output tokens OpenAI documents for GPT Image per quality and size (low, medium, high); auto is
# billed as medium here. xhigh and max are not documented in tokens, so they count as high.
OUTPUT_TOKENS = {
    "1024x1024": {"low": 272, "medium": 1056, "high": 4160},
    "1536x1024": {"low": 408, "medium": 1584, "high": 6240},
    "1024x1536": {"low": 400, "medium": 1568, "high": 6208},
}


def gradient(width, height, transparent):
    """Raw RGBA rows: deep violet at the top to warm rose at the bottom."""
    rows = []
    for y in range(height):
        t = y / (height - 1)
        r, g, b = int(40 + 200 * t), int(20 + 90 * t), int(90 + 40 * t)
        a = int(255 * t) if transparent else 255
        rows.append(bytes([r, g, b, a]) * width)
    return rows


def png(width, height, transparent):
    rows = gradient(width, height, transparent)
    raw = b"".join(b"\x00" + row for row in rows)

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def ppm(width, height):
    rows = gradient(width, height, False)
    pixels = b"".join(bytes(v for i, v in enumerate(row) if i % 4 != 3) for row in rows)
    return b"P6\n%d %d\n255\n" % (width, height) + pixels


def encode(fmt, width, height, transparent):
    if fmt == "png":
        return png(width, height, transparent)
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "out")
        if fmt == "webp":
            src = os.path.join(tmp, "in.png")
            open(src, "wb").write(png(width, height, transparent))
            subprocess.run(["cwebp", "-quiet", "-q", "60", "-exact", src, "-o", out], check=True)
        else:
            src = os.path.join(tmp, "in.ppm")
            open(src, "wb").write(ppm(width, height))
            subprocess.run(["cjpeg", "-quality", "60", "-outfile", out, src], check=True)
        return open(out, "rb").read()


def usage(size, quality):
    output = OUTPUT_TOKENS[size][quality]
    return ('{"input_tokens": 52, "input_tokens_details": {"text_tokens": 52, "image_tokens": 0}, '
            '"output_tokens": %d, "output_tokens_details": {"image_tokens": %d, "text_tokens": 0}, '
            '"total_tokens": %d}' % (output, output, 52 + output))


def mapping(fmt, size, transparent, b64):
    # WireMock picks the most specific mapping: each constrained field (a format other than the
    # default png, a size other than the square that auto and an absent size give, a transparent
    # background) lowers the priority number by one. Invalid values never get here: the
    # images-refuse-* mappings answer them first.
    patterns = []
    if fmt != "png":
        patterns.append({"matchesJsonPath": {"expression": "$.output_format", "equalTo": fmt}})
    if size != "1024x1024":
        patterns.append({"matchesJsonPath": {"expression": "$.size", "equalTo": size}})
    if transparent:
        patterns.append({"matchesJsonPath": {"expression": "$.background", "equalTo": "transparent"}})
    q = "(jsonPath request.body '$.quality')"
    quality = ("{{#if %s}}{{#eq %s 'auto'}}medium{{else}}{{jsonPath request.body '$.quality'}}{{/eq}}"
               "{{else}}medium{{/if}}" % (q, q))
    usage_by_quality = ("{{#eq %s 'low'}}%s{{else}}{{#eq %s 'high'}}%s{{else}}{{#eq %s 'xhigh'}}%s"
                        "{{else}}{{#eq %s 'max'}}%s{{else}}%s{{/eq}}{{/eq}}{{/eq}}{{/eq}}"
                        % (q, usage(size, "low"), q, usage(size, "high"), q, usage(size, "high"),
                           q, usage(size, "high"), usage(size, "medium")))
    body = ('{"created": {{now format=\'unix\'}}, "background": "%s", "output_format": "%s", '
            '"quality": "%s", "size": "%s", "usage": %s, "data": [{"b64_json": "%s"}]}'
            % ("transparent" if transparent else "opaque", fmt, quality, size, usage_by_quality, b64))
    return {
        "priority": 10 - len(patterns),
        "request": {"method": "POST", "url": "/v1/images/generations", "bodyPatterns": patterns},
        "response": {"status": 200, "headers": {"Content-Type": "application/json"}, "body": body,
                     "transformers": ["response-template"]},
    }


def main():
    for fmt in ("png", "webp", "jpeg"):
        for size, (width, height) in SIZES.items():
            for transparent in ((False, True) if fmt != "jpeg" else (False,)):
                data = encode(fmt, width, height, transparent)
                name = "images-generate-%s-%s%s.json" % (fmt, size, "-transparent" if transparent else "")
                with open(os.path.join("mappings", name), "w") as out:
                    json.dump(mapping(fmt, size, transparent, base64.b64encode(data).decode()), out, indent=2)
                    out.write("\n")
                print(name, len(data), "bytes")


if __name__ == "__main__":
    main()
