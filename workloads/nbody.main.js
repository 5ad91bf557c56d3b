// Physics: the Jovian planets (the classic n-body system, symplectic Euler, Body objects) and a
// generated star cluster (softened gravity, leapfrog integrator on Float64Arrays).
// Verified: the planets' energy before and after 1000 steps matches the published reference
// values (-0.169075164 / -0.169087605); energy drift stays small for the longer runs; total
// momentum of the cluster is conserved (gravity is pairwise symmetric) up to rounding.
// main(size): size = steps of each simulation, in thousands. Default 12; quick checks: main(1).
const DEFAULT_SIZE = 12;

const PI = Math.PI, SOLAR_MASS = 4 * PI * PI, DAYS_PER_YEAR = 365.24;

class Body {
  constructor(name, x, y, z, vx, vy, vz, mass) {
    Object.assign(this, { name, x, y, z, mass });
    this.vx = vx * DAYS_PER_YEAR; this.vy = vy * DAYS_PER_YEAR; this.vz = vz * DAYS_PER_YEAR;
    this.mass = mass * SOLAR_MASS;
  }
}

function planets() {
  return [
    new Body('sun', 0, 0, 0, 0, 0, 0, 1),
    new Body('jupiter', 4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01,
      1.66007664274403694e-03, 7.69901118419740425e-03, -6.90460016972063023e-05, 9.54791938424326609e-04),
    new Body('saturn', 8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01,
      -2.76742510726862411e-03, 4.99852801234917238e-03, 2.30417297573763929e-05, 2.85885980666130812e-04),
    new Body('uranus', 1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01,
      2.96460137564761618e-03, 2.37847173959480950e-03, -2.96589568540237556e-05, 4.36624404335156298e-05),
    new Body('neptune', 1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01,
      2.68067772490389322e-03, 1.62824170038242295e-03, -9.51592254519715870e-05, 5.15138902046611451e-05),
  ];
}

class PlanetarySystem {
  constructor(bodies) {
    this.bodies = bodies;
    let px = 0, py = 0, pz = 0;
    for (const b of bodies) { px += b.vx * b.mass; py += b.vy * b.mass; pz += b.vz * b.mass; }
    const sun = bodies[0];
    sun.vx = -px / SOLAR_MASS; sun.vy = -py / SOLAR_MASS; sun.vz = -pz / SOLAR_MASS;
  }
  advance(dt) {
    const bodies = this.bodies, n = bodies.length;
    for (let i = 0; i < n; i++) {
      const bi = bodies[i];
      for (let j = i + 1; j < n; j++) {
        const bj = bodies[j];
        const dx = bi.x - bj.x, dy = bi.y - bj.y, dz = bi.z - bj.z;
        const d2 = dx * dx + dy * dy + dz * dz;
        const mag = dt / (d2 * Math.sqrt(d2));
        bi.vx -= dx * bj.mass * mag; bi.vy -= dy * bj.mass * mag; bi.vz -= dz * bj.mass * mag;
        bj.vx += dx * bi.mass * mag; bj.vy += dy * bi.mass * mag; bj.vz += dz * bi.mass * mag;
      }
    }
    for (const b of bodies) { b.x += dt * b.vx; b.y += dt * b.vy; b.z += dt * b.vz; }
  }
  energy() {
    let e = 0;
    const bodies = this.bodies;
    bodies.forEach((bi, i) => {
      e += 0.5 * bi.mass * (bi.vx * bi.vx + bi.vy * bi.vy + bi.vz * bi.vz);
      for (const bj of bodies.slice(i + 1)) {
        e -= (bi.mass * bj.mass) / Math.hypot(bi.x - bj.x, bi.y - bj.y, bi.z - bj.z);
      }
    });
    return e;
  }
}

class Cluster {
  constructor(n, seed) {
    this.n = n;
    this.pos = new Float64Array(n * 3); this.vel = new Float64Array(n * 3); this.acc = new Float64Array(n * 3);
    this.mass = new Float64Array(n);
    let s = seed;
    const rand = () => { s = (Math.imul(s, 1103515245) + 12345) >>> 0; return s / 4294967296; };
    for (let i = 0; i < n; i++) {
      const r = 1 + 4 * rand(), a = 2 * PI * rand(), h = rand() - 0.5;
      this.pos.set([r * Math.cos(a), r * Math.sin(a), h], i * 3);
      this.vel.set([-Math.sin(a) * 0.3, Math.cos(a) * 0.3, 0], i * 3);
      this.mass[i] = 0.5 + rand();
    }
    this.soft2 = 0.05;
    this.forces();
  }
  forces() {
    const { n, pos, acc, mass, soft2 } = this;
    acc.fill(0);
    for (let i = 0; i < n; i++) {
      const xi = pos[i * 3], yi = pos[i * 3 + 1], zi = pos[i * 3 + 2];
      for (let j = i + 1; j < n; j++) {
        const dx = pos[j * 3] - xi, dy = pos[j * 3 + 1] - yi, dz = pos[j * 3 + 2] - zi;
        const d2 = dx * dx + dy * dy + dz * dz + soft2;
        const inv = 1 / (d2 * Math.sqrt(d2));
        const fi = mass[j] * inv, fj = mass[i] * inv;
        acc[i * 3] += dx * fi; acc[i * 3 + 1] += dy * fi; acc[i * 3 + 2] += dz * fi;
        acc[j * 3] -= dx * fj; acc[j * 3 + 1] -= dy * fj; acc[j * 3 + 2] -= dz * fj;
      }
    }
  }
  step(dt) { // kick-drift-kick leapfrog
    const { n, pos, vel, acc } = this;
    for (let k = 0; k < n * 3; k++) vel[k] += 0.5 * dt * acc[k];
    for (let k = 0; k < n * 3; k++) pos[k] += dt * vel[k];
    this.forces();
    for (let k = 0; k < n * 3; k++) vel[k] += 0.5 * dt * acc[k];
  }
  momentum() {
    const p = [0, 0, 0];
    for (let i = 0; i < this.n; i++) for (let d = 0; d < 3; d++) p[d] += this.mass[i] * this.vel[i * 3 + d];
    return p;
  }
  energy() {
    const { n, pos, vel, mass, soft2 } = this;
    let e = 0;
    for (let i = 0; i < n; i++) {
      e += 0.5 * mass[i] * (vel[i * 3] ** 2 + vel[i * 3 + 1] ** 2 + vel[i * 3 + 2] ** 2);
      for (let j = i + 1; j < n; j++) {
        const d2 = (pos[i * 3] - pos[j * 3]) ** 2 + (pos[i * 3 + 1] - pos[j * 3 + 1]) ** 2 + (pos[i * 3 + 2] - pos[j * 3 + 2]) ** 2;
        e -= mass[i] * mass[j] / Math.sqrt(d2 + soft2);
      }
    }
    return e;
  }
}

export function main(size = DEFAULT_SIZE) {
  const system = new PlanetarySystem(planets());
  const e0 = system.energy();
  for (let i = 0; i < 1000; i++) system.advance(0.01);
  const e1 = system.energy();
  if (e0.toFixed(9) !== '-0.169075164' || e1.toFixed(9) !== '-0.169087605') throw new Error(`reference energies: ${e0.toFixed(9)} ${e1.toFixed(9)}`);
  for (let i = 1000; i < size * 20000; i++) system.advance(0.01);
  const e2 = system.energy();
  if (Math.abs((e2 - e0) / e0) > 1e-3) throw new Error(`planet energy drift ${e2} vs ${e0}`);
  const jupiter = system.bodies.find((b) => b.name === 'jupiter');
  console.log(`planets: energy ${e0.toFixed(9)} -> ${e1.toFixed(9)} (1000 steps) -> ${e2.toFixed(9)} (${size * 20000} steps)`);
  console.log(`jupiter at ${[jupiter.x, jupiter.y, jupiter.z].map((v) => v.toFixed(6)).join(', ')}`);

  const cluster = new Cluster(48, 17);
  const p0 = cluster.momentum(), ce0 = cluster.energy();
  const steps = size * 40;
  for (let i = 0; i < steps; i++) cluster.step(0.002);
  const p1 = cluster.momentum(), ce1 = cluster.energy();
  const dp = Math.hypot(p1[0] - p0[0], p1[1] - p0[1], p1[2] - p0[2]);
  if (dp > 1e-9) throw new Error(`momentum not conserved: ${dp}`);
  if (Math.abs((ce1 - ce0) / ce0) > 0.05) throw new Error(`cluster energy drift ${ce0} -> ${ce1}`);
  let rmax = 0;
  for (let i = 0; i < cluster.n; i++) rmax = Math.max(rmax, Math.hypot(cluster.pos[i * 3], cluster.pos[i * 3 + 1]));
  console.log(`cluster: ${cluster.n} stars, ${steps} steps, energy ${ce0.toFixed(6)} -> ${ce1.toFixed(6)}, radius ${rmax.toFixed(4)}`);
}
