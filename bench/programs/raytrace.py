"""raytrace: a small recursive ray tracer: spheres and a checkered plane,
two point lights with shadows, Lambert diffuse and Phong highlights, and
mirror reflections three bounces deep. A Vector class with operator
methods, many short-lived objects, float math.

Usage: raytrace.py [WIDTH]    renders a WIDTH x WIDTH image
DEFAULT = 200, SMALL = 12 (the runner reads the two lines below).
The check: a checksum of the 8-bit pixels, committed from python3.
"""

import sys
import math

DEFAULT = 200
SMALL = 12

EXPECTED = {
    12: (3401228306, 27970),
    200: (2533968506, 7793108),
}

EPSILON = 1e-6
MAX_DEPTH = 3


class Vector:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return Vector(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vector(self.x - o.x, self.y - o.y, self.z - o.z)

    def __mul__(self, k):
        return Vector(self.x * k, self.y * k, self.z * k)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def cross(self, o):
        return Vector(self.y * o.z - self.z * o.y,
                      self.z * o.x - self.x * o.z,
                      self.x * o.y - self.y * o.x)

    def length(self):
        return math.sqrt(self.dot(self))

    def normalized(self):
        return self * (1.0 / self.length())

    def times(self, o):
        return Vector(self.x * o.x, self.y * o.y, self.z * o.z)

    def reflect(self, normal):
        return self - normal * (2.0 * self.dot(normal))


BLACK = Vector(0.0, 0.0, 0.0)
WHITE = Vector(1.0, 1.0, 1.0)


class Ray:
    __slots__ = ("origin", "direction")

    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction

    def at(self, t):
        return self.origin + self.direction * t


class Material:
    def __init__(self, colour, diffuse, specular, shininess, reflection):
        self.colour = colour
        self.diffuse = diffuse
        self.specular = specular
        self.shininess = shininess
        self.reflection = reflection

    def colour_at(self, point):
        return self.colour


class Checker(Material):
    def __init__(self, colour, other, diffuse, specular, shininess, reflection):
        Material.__init__(self, colour, diffuse, specular, shininess, reflection)
        self.other = other

    def colour_at(self, point):
        if (int(math.floor(point.x)) + int(math.floor(point.z))) % 2 == 0:
            return self.colour
        return self.other


class Sphere:
    def __init__(self, centre, radius, material):
        self.centre = centre
        self.radius2 = radius * radius
        self.material = material

    def intersect(self, ray):
        oc = ray.origin - self.centre
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius2
        disc = b * b - c
        if disc < 0.0:
            return None
        root = math.sqrt(disc)
        t = -b - root
        if t > EPSILON:
            return t
        t = -b + root
        if t > EPSILON:
            return t
        return None

    def normal_at(self, point):
        return (point - self.centre).normalized()


class Plane:
    def __init__(self, point, normal, material):
        self.point = point
        self.normal = normal.normalized()
        self.material = material

    def intersect(self, ray):
        denom = ray.direction.dot(self.normal)
        if abs(denom) < EPSILON:
            return None
        t = (self.point - ray.origin).dot(self.normal) / denom
        if t > EPSILON:
            return t
        return None

    def normal_at(self, point):
        return self.normal


class Scene:
    def __init__(self):
        self.objects = [
            Plane(Vector(0.0, 0.0, 0.0), Vector(0.0, 1.0, 0.0),
                  Checker(Vector(0.9, 0.9, 0.9), Vector(0.1, 0.1, 0.1), 0.8, 0.1, 10, 0.3)),
            Sphere(Vector(0.0, 1.0, 0.0), 1.0,
                   Material(Vector(0.9, 0.2, 0.2), 0.7, 0.6, 40, 0.4)),
            Sphere(Vector(-2.2, 0.7, 1.0), 0.7,
                   Material(Vector(0.2, 0.8, 0.3), 0.8, 0.3, 20, 0.2)),
            Sphere(Vector(2.0, 0.6, -0.8), 0.6,
                   Material(Vector(0.3, 0.4, 0.95), 0.6, 0.8, 80, 0.6)),
            Sphere(Vector(0.8, 0.35, 1.6), 0.35,
                   Material(Vector(0.95, 0.85, 0.2), 0.9, 0.2, 10, 0.1)),
        ]
        self.lights = [
            (Vector(-4.0, 6.0, 5.0), Vector(0.8, 0.8, 0.8)),
            (Vector(5.0, 4.0, 3.0), Vector(0.4, 0.35, 0.3)),
        ]
        self.ambient = Vector(0.08, 0.08, 0.1)
        self.background = Vector(0.15, 0.2, 0.35)

    def nearest(self, ray):
        best_t = None
        best = None
        for obj in self.objects:
            t = obj.intersect(ray)
            if t is not None and (best_t is None or t < best_t):
                best_t = t
                best = obj
        return best, best_t

    def shadowed(self, point, to_light, distance):
        ray = Ray(point, to_light)
        for obj in self.objects:
            t = obj.intersect(ray)
            if t is not None and t < distance:
                return True
        return False

    def trace(self, ray, depth):
        obj, t = self.nearest(ray)
        if obj is None:
            return self.background
        point = ray.at(t)
        normal = obj.normal_at(point)
        if normal.dot(ray.direction) > 0.0:
            normal = normal * -1.0
        material = obj.material
        base = material.colour_at(point)
        colour = base.times(self.ambient)
        lifted = point + normal * 1e-4
        for position, light in self.lights:
            offset = position - lifted
            distance = offset.length()
            to_light = offset * (1.0 / distance)
            lambert = normal.dot(to_light)
            if lambert <= 0.0 or self.shadowed(lifted, to_light, distance):
                continue
            colour = colour + base.times(light) * (material.diffuse * lambert)
            highlight = to_light.reflect(normal).dot(ray.direction)
            if highlight > 0.0:
                colour = colour + light * (material.specular * power(highlight, material.shininess))
        if depth < MAX_DEPTH and material.reflection > 0.0:
            bounce = Ray(lifted, ray.direction.reflect(normal))
            colour = colour * (1.0 - material.reflection) + \
                self.trace(bounce, depth + 1) * material.reflection
        return colour


def power(x, n):
    """x ** n for a small int n, by repeated squaring (plain multiplies, so
    every runtime rounds exactly alike)."""
    result = 1.0
    while n:
        if n & 1:
            result *= x
        x *= x
        n >>= 1
    return result


def to_byte(v):
    if v <= 0.0:
        return 0
    if v >= 1.0:
        return 255
    return int(v * 255.0 + 0.5)


def render(width):
    scene = Scene()
    eye = Vector(0.0, 2.0, 7.0)
    target = Vector(0.0, 0.8, 0.0)
    forward = (target - eye).normalized()
    right = forward.cross(Vector(0.0, 1.0, 0.0)).normalized()
    up = right.cross(forward)
    half = 0.45
    checksum = 0
    total = 0
    for row in range(width):
        for col in range(width):
            sx = (2.0 * (col + 0.5) / width - 1.0) * half
            sy = (1.0 - 2.0 * (row + 0.5) / width) * half
            direction = (forward + right * sx + up * sy).normalized()
            c = scene.trace(Ray(eye, direction), 0)
            r = to_byte(c.x)
            g = to_byte(c.y)
            b = to_byte(c.z)
            total += r + g + b
            checksum = (checksum * 33 + (r << 16 | g << 8 | b)) % 4294967291
    return checksum, total


def main():
    width = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    result = render(width)
    want = EXPECTED.get(width)
    if want is None:
        sys.stderr.write("raytrace: no committed answer for %d: %r\n" % (width, result))
        print("raytrace", width, "unchecked")
        return
    if result != want:
        raise AssertionError("raytrace(%d): got %r, expected %r" % (width, result, want))
    print("raytrace", width, result[0], result[1], "ok")


main()
