# Draws images/icon.png (128x128): a blue rounded tile with a white ring (the "O" of Offering)
# over a timeline of three periods with an intake mark. Pure Python, no image library.
import math, struct, zlib, pathlib

S = 128
def pixel(x, y):
    cx, cy = x + 0.5, y + 0.5
    # rounded tile
    r = 22
    dx = max(r - cx, 0, cx - (S - r)); dy = max(r - cy, 0, cy - (S - r))
    if dx * dx + dy * dy > r * r:
        return (0, 0, 0, 0)
    white = (255, 255, 255, 255)
    d = math.hypot(cx - 64, cy - 52)
    if 24 <= d <= 34:
        return white
    if 96 <= cy <= 106:
        for start, end in ((18, 50), (54, 82), (86, 110)):
            if start <= cx <= end:
                return (200, 225, 255, 255)
    if 88 <= cy <= 112 and 53 <= cx <= 57:
        return (120, 230, 140, 255)
    return (0, 101, 189, 255)

rows = b''.join(b'\x00' + b''.join(struct.pack('BBBB', *pixel(x, y)) for x in range(S)) for y in range(S))
def chunk(kind, data):
    return struct.pack('>I', len(data)) + kind + data + struct.pack('>I', zlib.crc32(kind + data) & 0xffffffff)
png = b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', S, S, 8, 6, 0, 0, 0)) + chunk(b'IDAT', zlib.compress(rows, 9)) + chunk(b'IEND', b'')
pathlib.Path(__file__).resolve().parent.parent.joinpath('images', 'icon.png').write_bytes(png)
