#!/usr/bin/env bash
# What WebP or AVIF outputs would bring over carnet's JPEGs, on carnet's own 1024 px
# outputs: bytes per photo and encode time, with the reference encoders (cwebp,
# avifenc: the libraries a Rust binding would wrap). The WebP and AVIF encoders read
# the JPEG, so their times include a ~3 ms decode; cjpeg (libjpeg-turbo) re-encodes
# the same pixels for a time reference.
#
# usage: scripts/formats.sh SITE_PHOTOS_DIR [N]   (apt-get install webp libavif-bin libjpeg-turbo-progs)
set -euo pipefail
dir=${1:?usage: formats.sh SITE_PHOTOS_DIR [N]}
n=${2:-20}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
ms() { local s e; s=$(date +%s%N); "$@" >/dev/null 2>&1; e=$(date +%s%N); echo $(( (e - s) / 1000000 )); }
count=0; jpeg=0; webp=0; avif=0; tj=0; tw=0; ta=0
for f in "$dir"/*.jpg; do
  [ "$(identify -format '%w' "$f")" = 1024 ] || continue
  djpeg -outfile "$tmp/p.ppm" "$f"
  tj=$((tj + $(ms cjpeg -quality 82 -outfile "$tmp/p.jpg" "$tmp/p.ppm")))
  tw=$((tw + $(ms cwebp -q 75 -m 4 "$f" -o "$tmp/p.webp")))
  ta=$((ta + $(ms avifenc -s 6 --min 24 --max 32 -j 1 "$f" "$tmp/p.avif")))
  jpeg=$((jpeg + $(stat -c %s "$f")))
  webp=$((webp + $(stat -c %s "$tmp/p.webp")))
  avif=$((avif + $(stat -c %s "$tmp/p.avif")))
  count=$((count + 1))
  [ "$count" -ge "$n" ] && break
done
[ "$count" -gt 0 ] || { echo "no 1024 px photo in $dir" >&2; exit 1; }
echo "photos: $count at 1024 px"
echo "JPEG q82 (carnet):  $((jpeg / count / 1024)) KB/photo; libjpeg-turbo re-encode $((tj / count)) ms/photo"
echo "WebP q75 (cwebp):   $((webp / count / 1024)) KB/photo, $((tw / count)) ms/photo, $((100 * webp / jpeg)) % of the JPEG bytes"
echo "AVIF q24-32 s6 (1 thread): $((avif / count / 1024)) KB/photo, $((ta / count)) ms/photo, $((100 * avif / jpeg)) % of the JPEG bytes"
