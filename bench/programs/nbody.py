"""nbody: the Jovian planets orbiting the sun, advanced with a symplectic
Euler step (the classic n-body simulation). Floats, lists, nested loops.

Usage: nbody.py [STEPS]
DEFAULT = 300000, SMALL = 1000 (the runner reads the two lines below).
The check: the system's energy after STEPS steps, committed from python3.
"""

import sys
import math

DEFAULT = 300000
SMALL = 1000

# Energy after N steps with dt = 0.01, computed with python3 3.11.
EXPECTED = {
    0: -0.16907516382852447,
    1000: -0.16908760523460617,
    300000: -0.16908783999483715,
}

PI = 3.14159265358979323
SOLAR_MASS = 4.0 * PI * PI
DAYS_PER_YEAR = 365.24


def make_system():
    # x, y, z, vx, vy, vz (per day, scaled to per year), mass (in solar masses)
    planets = [
        # jupiter
        (4.84143144246472090e00, -1.16032004402742839e00, -1.03622044471123109e-01,
         1.66007664274403694e-03, 7.69901118419740425e-03, -6.90460016972063023e-05,
         9.54791938424326609e-04),
        # saturn
        (8.34336671824457987e00, 4.12479856412430479e00, -4.03523417114321381e-01,
         -2.76742510726862411e-03, 4.99852801234917238e-03, 2.30417297573763929e-05,
         2.85885980666130812e-04),
        # uranus
        (1.28943695621391310e01, -1.51111514016986312e01, -2.23307578892655734e-01,
         2.96460137564761618e-03, 2.37847173959480950e-03, -2.96589568540237556e-05,
         4.36624404335156298e-05),
        # neptune
        (1.53796971148509165e01, -2.59193146099879641e01, 1.79258772950371181e-01,
         2.68067772490389322e-03, 1.62824170038242295e-03, -9.51592254519715870e-05,
         5.15138902046611451e-05),
    ]
    bodies = [[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, SOLAR_MASS]]
    for x, y, z, vx, vy, vz, m in planets:
        bodies.append([x, y, z, vx * DAYS_PER_YEAR, vy * DAYS_PER_YEAR,
                       vz * DAYS_PER_YEAR, m * SOLAR_MASS])
    # Give the sun the momentum that makes the system's total zero.
    px = py = pz = 0.0
    for b in bodies:
        px += b[3] * b[6]
        py += b[4] * b[6]
        pz += b[5] * b[6]
    sun = bodies[0]
    sun[3] = -px / SOLAR_MASS
    sun[4] = -py / SOLAR_MASS
    sun[5] = -pz / SOLAR_MASS
    return bodies


def make_pairs(bodies):
    pairs = []
    for i in range(len(bodies)):
        for j in range(i + 1, len(bodies)):
            pairs.append((bodies[i], bodies[j]))
    return pairs


def advance(bodies, pairs, dt, steps):
    sqrt = math.sqrt
    for _ in range(steps):
        for b1, b2 in pairs:
            dx = b1[0] - b2[0]
            dy = b1[1] - b2[1]
            dz = b1[2] - b2[2]
            d2 = dx * dx + dy * dy + dz * dz
            mag = dt / (d2 * sqrt(d2))
            m1 = b1[6] * mag
            m2 = b2[6] * mag
            b1[3] -= dx * m2
            b1[4] -= dy * m2
            b1[5] -= dz * m2
            b2[3] += dx * m1
            b2[4] += dy * m1
            b2[5] += dz * m1
        for b in bodies:
            b[0] += dt * b[3]
            b[1] += dt * b[4]
            b[2] += dt * b[5]


def energy(bodies, pairs):
    e = 0.0
    for b1, b2 in pairs:
        dx = b1[0] - b2[0]
        dy = b1[1] - b2[1]
        dz = b1[2] - b2[2]
        e -= (b1[6] * b2[6]) / math.sqrt(dx * dx + dy * dy + dz * dz)
    for b in bodies:
        e += 0.5 * b[6] * (b[3] * b[3] + b[4] * b[4] + b[5] * b[5])
    return e


def main():
    steps = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    bodies = make_system()
    pairs = make_pairs(bodies)
    e0 = energy(bodies, pairs)
    assert abs(e0 - EXPECTED[0]) < 1e-12, "initial energy %r" % e0
    advance(bodies, pairs, 0.01, steps)
    e = energy(bodies, pairs)
    want = EXPECTED.get(steps)
    if want is None:
        sys.stderr.write("nbody: no committed answer for %d steps: %r\n" % (steps, e))
        print("nbody", steps, "%.9f" % e, "unchecked")
        return
    if abs(e - want) > 1e-12:
        raise AssertionError("nbody(%d): energy %r, expected %r" % (steps, e, want))
    print("nbody", steps, "%.9f" % e, "ok")


main()
