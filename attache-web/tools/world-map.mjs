// Builds the explorer's offline base map (src/main/resources/org/attache/web/static/world.json)
// from Natural Earth's 1:110m country outlines as packaged by world-atlas (ISC; the data is in
// the public domain). Run once when the map should change, not at build time:
//   npm install world-atlas@2.0.2 topojson-client@3.1.0 && node world-map.mjs OUT.json
// Output: {"width":360,"height":180,"countries":[{"id","name","d"}]} with SVG path data in an
// equirectangular projection (x = lon + 180, y = 90 - lat), one decimal.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { feature } from "topojson-client";

const require = createRequire(import.meta.url);
const topo = JSON.parse(readFileSync(require.resolve("world-atlas/countries-110m.json"), "utf8"));
const countries = feature(topo, topo.objects.countries).features;

function ringPath(ring) {
  // a ring across the antimeridian is drawn on the side of most of its points (the rest leaves the map)
  const crosses = ring.some((p, i) => i > 0 && Math.abs(p[0] - ring[i - 1][0]) > 180);
  const mean = ring.reduce((s, p) => s + p[0], 0) / ring.length;
  const pts = ring.map(([lon, lat]) => {
    if (crosses && mean > 0 && lon < 0) lon += 360;
    if (crosses && mean <= 0 && lon > 0) lon -= 360;
    return [(lon + 180).toFixed(1), (90 - lat).toFixed(1)];
  });
  const out = [];
  for (const [x, y] of pts) {
    const last = out[out.length - 1];
    if (last && last[0] === x && last[1] === y) continue;
    out.push([x, y]);
  }
  return out.length < 3 ? "" : "M" + out.map(([x, y]) => x + " " + y).join("L") + "Z";
}

const out = countries.map((f) => {
  const polys = f.geometry.type === "Polygon" ? [f.geometry.coordinates] : f.geometry.coordinates;
  const d = polys.flatMap((poly) => poly.map(ringPath)).join("");
  return { id: f.id ?? "", name: f.properties.name, d };
}).filter((c) => c.d);
writeFileSync(process.argv[2] ?? "world.json", JSON.stringify({
  source: "Natural Earth 1:110m admin 0 countries (public domain), via world-atlas 2.0.2 (ISC)",
  width: 360, height: 180, countries: out }) + "\n");
console.log(out.length + " countries");
