#!/usr/bin/env bash
# Measures what WebP and AVIF outputs would bring over carnet's JPEGs: bytes and
# encode time per 1024 px photo, on carnet's own 1024 px outputs decoded to PNG
# (same pixels for every encoder). Uses the reference encoders (cwebp, avifenc),
# i.e. the libraries a Rust binding would wrap.
#
# usage: scripts/formats.sh SITE_PHOTOS_DIR [N]     (apt-get install webp libavif-bin libjpeg-turbo-progs)
set -euo pipefail
dir=${1:?usage: formats.sh SITE_PHOTOS_DIR [N]}
n=${2:-20}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
i=0
for f in "$dir"/*.jpg; do
  w=$(identify -format '%w' "$f")
  [ "$w" = 1024 ] || continue
  djpeg -outfile "$tmp/$i.ppm" "$f"
  cp "$f" "$tmp/$i.jpg"
  i=$((i + 1))
  [ "$i" -ge "$n" ] && break
done
[ "$i" -gt 0 ] || { echo "no 1024 px photo in $dir" >&2; exit 1; }
t() { local s e; s=$(date +%s%N); "$@" >/dev/null 2>&1; e=$(date +%s%N); echo $(( (e - s) / 1000000 )); }
jpeg=0; webp=0; avif=0; tj=0; tw=0; ta=0
for k in $(seq 0 $((i - 1))); do
  jpeg=$((jpeg + $(stat -c %s "$tmp/$k.jpg")))
  tj=$((tj + $(t cjpeg -quality 82 -outfile "$tmp/$k.cj.jpg" "$tmp/$k.ppm")))
  tw=$((tw + $(t cwebp -q 75 -m 4 "$tmp/$k.ppm" -o "$tmp/$k.webp")))
  webp=$((webp + $(stat -c %s "$tmp/$k.webp")))
  convert "$tmp/$k.ppm" "$tmp/$k.png"
  ta=$((ta + $(t avifenc -s 6 -q 60 -j 1 "$tmp/$k.png" "$tmp/$k.avif")))
  avif=$((avif + $(stat -c %s "$tmp/$k.avif")))
done
echo "photos: $i at 1024 px"
echo "carnet JPEG q82: $((jpeg / i / 1024)) KB/photo (libjpeg-turbo cjpeg q82: $((tj / i)) ms/photo)"
echo "WebP q75 m4:     $((webp / i / 1024)) KB/photo, $((tw / i)) ms/photo ($((100 * webp / jpeg))% of the JPEG bytes)"
echo "AVIF q60 s6:     $((avif / i / 1024)) KB/photo, $((ta / i)) ms/photo ($((100 * avif / jpeg))% of the JPEG bytes)"
