#!/usr/bin/env python3
"""Fills one user's catalog for the benchmark: N sketches and M equipment rows, through the API.

Usage: seed.py BASE_URL TOKEN SKETCHES EQUIPMENT   (standard library only)
"""
import http.client
import json
import random
import sys
import urllib.parse

WORDS = (
    "love night rain blue guitar heart fire road home dream light dark city river song dance "
    "summer winter morning shadow ocean storm silver golden broken wild free alone together "
    "echo memory midnight highway neon whisper thunder velvet honey smoke glass mirror "
    "nacht regen herz feuer straße traum licht stadt fluss lied tanz sommer winter morgen"
).split()
STYLES = ["indie folk", "synthwave", "delta blues", "dream pop", "hard rock", "lo-fi hip hop",
          "ambient piano", "country ballad", "drum and bass", "jazz trio"]


SYLLABLES = "ka lo mi ra su te vi no ba de fi gu ha je ko lu ma ne pi ro sa tu ve wi".split()


def vocabulary(rng):
    """3,000 made-up words beside the common ones, so a search term hits a realistic share of
    sketches (a common word about a third, a rare one a few percent) instead of all of them."""
    return sorted({"".join(rng.sample(SYLLABLES, rng.randint(2, 3))) for _ in range(3500)})[:3000]


def word(rng, rare):
    return rng.choice(WORDS) if rng.random() < 0.1 else rng.choice(rare)


def lyrics(rng, rare):
    lines = [" ".join(word(rng, rare) for _ in range(rng.randint(4, 9))) for _ in range(40)]
    return "\n".join(lines)


def main():
    base, token, sketches, equipment = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    url = urllib.parse.urlparse(base)
    conn = http.client.HTTPConnection(url.hostname, url.port)
    headers = {"Authorization": "Bearer " + token, "Content-Type": "application/json"}
    rng = random.Random(42)
    rare = vocabulary(rng)

    def post(path, body):
        conn.request("POST", path, json.dumps(body), headers)
        response = conn.getresponse()
        response.read()
        if response.status != 201:
            sys.exit(f"POST {path} answered {response.status}")

    for i in range(sketches):
        post("/api/v1/sketches", {
            "title": " ".join(rng.choice(WORDS) for _ in range(3)).title(),
            "lyrics": lyrics(rng, rare),
            "prompt": rng.choice(STYLES) + ", " + rng.choice(WORDS),
            "tags": rng.sample(WORDS, 3),
            "sketch_type": rng.choice(["song", "song", "instrumental"]),
        })
    for i in range(equipment):
        post("/api/v1/equipment", {
            "type": rng.choice(["Software", "Plugin"]),
            "name": " ".join(rng.choice(WORDS) for _ in range(2)).title() + f" {i}",
            "manufacturer": rng.choice(["Native Instruments", "Arturia", "Ableton", "FabFilter"]),
            "license_management": rng.choice(["online", "ilok", "license_key"]),
            "license_key": f"KEY-{i:06d}",
            "password": f"secret-{i}",
            "price": f"{rng.randint(19, 499)}.00 EUR",
            "status": rng.choice(["active", "trial", "expired"]),
        })
    print(f"seeded {sketches} sketches and {equipment} equipment rows")


if __name__ == "__main__":
    main()
