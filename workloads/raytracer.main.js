// A ray tracer: vectors as immutable classes, spheres and planes behind a common Shape interface,
// a checkerboard material, point lights with shadows, Phong highlights and recursive reflection.
// Renders into a Uint8ClampedArray and prints a checksum of the image. Verified: every primary
// hit point lies on its shape's surface (independent of the shading), and the image checksum
// matches the value recorded for the default and quick sizes.
// main(size): size = image width and height in pixels. Default 120; quick checks: main(16).
const DEFAULT_SIZE = 120;
const EXPECTED = { 16: '77570326', 72: 'fa91d546', 96: 'a51631fa', 120: 'e64c61fe' }; // checksum of the image, per size

class Vec {
  constructor(x, y, z) { this.x = x; this.y = y; this.z = z; }
  add(v) { return new Vec(this.x + v.x, this.y + v.y, this.z + v.z); }
  sub(v) { return new Vec(this.x - v.x, this.y - v.y, this.z - v.z); }
  scale(k) { return new Vec(this.x * k, this.y * k, this.z * k); }
  mul(v) { return new Vec(this.x * v.x, this.y * v.y, this.z * v.z); }
  dot(v) { return this.x * v.x + this.y * v.y + this.z * v.z; }
  cross(v) { return new Vec(this.y * v.z - this.z * v.y, this.z * v.x - this.x * v.z, this.x * v.y - this.y * v.x); }
  get length() { return Math.sqrt(this.dot(this)); }
  norm() { const l = this.length; return l === 0 ? this : this.scale(1 / l); }
  reflect(n) { return this.sub(n.scale(2 * this.dot(n))); }
  static get zero() { return ZERO; }
}
const ZERO = new Vec(0, 0, 0);
const Color = { white: new Vec(1, 1, 1), grey: new Vec(0.5, 0.5, 0.5), black: ZERO, background: new Vec(0.05, 0.07, 0.12) };

class Ray { constructor(origin, dir) { this.origin = origin; this.dir = dir; } at(t) { return this.origin.add(this.dir.scale(t)); } }

class Material {
  constructor({ color = Color.white, diffuse = 0.8, specular = 0.4, shininess = 30, reflect = 0 } = {}) {
    Object.assign(this, { color, diffuse, specular, shininess, reflect });
  }
  colorAt() { return this.color; }
}
class Checker extends Material {
  constructor(a, b, scale, opts) { super(opts); this.a = a; this.b = b; this.scale = scale; }
  colorAt(p) { return (Math.floor(p.x / this.scale) + Math.floor(p.z / this.scale)) % 2 === 0 ? this.a : this.b; }
}

class Shape {
  constructor(material) { this.material = material; }
  intersect() { throw new Error('abstract'); }
}
class Sphere extends Shape {
  constructor(center, radius, material) { super(material); this.center = center; this.radius = radius; }
  intersect(ray) {
    const oc = ray.origin.sub(this.center);
    const b = oc.dot(ray.dir), c = oc.dot(oc) - this.radius * this.radius;
    const disc = b * b - c;
    if (disc < 0) return Infinity;
    const s = Math.sqrt(disc);
    const t0 = -b - s;
    if (t0 > 1e-6) return t0;
    const t1 = -b + s;
    return t1 > 1e-6 ? t1 : Infinity;
  }
  normalAt(p) { return p.sub(this.center).norm(); }
  onSurface(p) { return Math.abs(p.sub(this.center).length - this.radius) < 1e-6 * Math.max(1, this.radius); }
}
class Plane extends Shape {
  constructor(normal, offset, material) { super(material); this.normal = normal.norm(); this.offset = offset; }
  intersect(ray) {
    const denom = this.normal.dot(ray.dir);
    if (Math.abs(denom) < 1e-9) return Infinity;
    const t = (this.offset - this.normal.dot(ray.origin)) / denom;
    return t > 1e-6 ? t : Infinity;
  }
  normalAt() { return this.normal; }
  onSurface(p) { return Math.abs(this.normal.dot(p) - this.offset) < 1e-6; }
}

class Scene {
  constructor() {
    this.shapes = [];
    this.lights = [];
    this.stats = { rays: 0, shadowRays: 0, hits: 0 };
  }
  add(shape) { this.shapes.push(shape); return this; }
  light(pos, color) { this.lights.push({ pos, color }); return this; }
  nearest(ray) {
    let best = Infinity, shape = null;
    for (const s of this.shapes) { const t = s.intersect(ray); if (t < best) { best = t; shape = s; } }
    return shape ? { t: best, shape } : null;
  }
  shadowed(point, toLight, dist) {
    this.stats.shadowRays++;
    const ray = new Ray(point, toLight);
    return this.shapes.some((s) => s.intersect(ray) < dist);
  }
  trace(ray, depth = 0) {
    this.stats.rays++;
    const hit = this.nearest(ray);
    if (!hit) return Color.background;
    const { t, shape } = hit;
    const p = ray.at(t), n = shape.normalAt(p), m = shape.material;
    const base = m.colorAt(p);
    let color = base.scale(0.1);
    for (const { pos, color: lc } of this.lights) {
      const toL = pos.sub(p), dist = toL.length, l = toL.scale(1 / dist);
      const lambert = n.dot(l);
      if (lambert <= 0 || this.shadowed(p.add(n.scale(1e-4)), l, dist)) continue;
      color = color.add(base.mul(lc).scale(m.diffuse * lambert));
      const spec = Math.max(0, l.reflect(n).dot(ray.dir));
      if (spec > 0) color = color.add(lc.scale(m.specular * spec ** m.shininess));
    }
    if (m.reflect > 0 && depth < 3) {
      const r = ray.dir.reflect(n).norm();
      color = color.scale(1 - m.reflect).add(this.trace(new Ray(p.add(n.scale(1e-4)), r), depth + 1).scale(m.reflect));
    }
    return color;
  }
}

function buildScene() {
  const scene = new Scene();
  scene.add(new Plane(new Vec(0, 1, 0), -1, new Checker(Color.white, new Vec(0.2, 0.2, 0.25), 1, { reflect: 0.2, specular: 0 })));
  scene.add(new Sphere(new Vec(0, 0, 4), 1, new Material({ color: new Vec(0.9, 0.2, 0.2), reflect: 0.3 })));
  scene.add(new Sphere(new Vec(-2.2, 0.3, 5.5), 1.3, new Material({ color: new Vec(0.2, 0.8, 0.3), shininess: 80 })));
  scene.add(new Sphere(new Vec(2, -0.4, 3.4), 0.6, new Material({ color: new Vec(0.3, 0.4, 0.95), reflect: 0.6 })));
  for (let i = 0; i < 6; i++) {
    const a = (i / 6) * Math.PI * 2;
    scene.add(new Sphere(new Vec(Math.cos(a) * 3.5, -0.75, 7 + Math.sin(a) * 2), 0.25, new Material({ color: new Vec(1, 0.8, 0.2), specular: 0.8 })));
  }
  scene.light(new Vec(-5, 6, -2), new Vec(0.9, 0.9, 0.85)).light(new Vec(4, 3, 1), new Vec(0.3, 0.3, 0.4));
  return scene;
}

function render(scene, width, height) {
  const image = new Uint8ClampedArray(width * height * 3);
  const eye = new Vec(0, 0.6, -1.5), target = new Vec(0, 0, 4), up = new Vec(0, 1, 0);
  const forward = target.sub(eye).norm(), right = up.cross(forward).norm(), camUp = forward.cross(right);
  const fov = Math.tan(Math.PI / 6);
  let offSurface = 0;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let acc = ZERO;
      for (const [sx, sy] of [[0.25, 0.25], [0.75, 0.75]]) { // 2 samples a pixel
        const u = ((x + sx) / width * 2 - 1) * fov, v = (1 - (y + sy) / height * 2) * fov;
        const ray = new Ray(eye, forward.add(right.scale(u)).add(camUp.scale(v)).norm());
        const hit = scene.nearest(ray);
        if (hit) { scene.stats.hits++; if (!hit.shape.onSurface(ray.at(hit.t))) offSurface++; }
        acc = acc.add(scene.trace(ray));
      }
      const i = (y * width + x) * 3;
      image[i] = acc.x * 127.5; image[i + 1] = acc.y * 127.5; image[i + 2] = acc.z * 127.5;
    }
  }
  if (offSurface) throw new Error(`${offSurface} hit points off their surface`);
  return image;
}

function checksum(bytes) { // FNV-1a
  let h = 0x811c9dc5;
  for (const b of bytes) h = Math.imul(h ^ b, 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

export function main(size = DEFAULT_SIZE) {
  const scene = buildScene();
  const image = render(scene, size, size);
  const sum = checksum(image);
  let bright = 0;
  for (let i = 0; i < image.length; i += 3) if (image[i] + image[i + 1] + image[i + 2] > 400) bright++;
  const { rays, shadowRays, hits } = scene.stats;
  console.log(`rendered ${size}x${size}: ${rays} rays, ${shadowRays} shadow rays, ${hits} primary hits, ${bright} bright pixels`);
  console.log(`image checksum ${sum}`);
  if (size in EXPECTED && EXPECTED[size] !== sum) throw new Error(`checksum ${sum}, expected ${EXPECTED[size]}`);
}
