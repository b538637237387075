//! Measures the JPEG decoders carnet could use on real photos: the `image` crate's
//! (zune-jpeg), and jpeg-decoder at full and DCT-reduced scale. Prints the median
//! time per photo. Used to choose the decode path of `src/images/process.rs`.
//!
//! usage: cargo run --release --example decoders -- PHOTO...

use std::time::Instant;

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(|a, b| a.total_cmp(b));
    v[v.len() / 2]
}

fn main() {
    let paths: Vec<String> = std::env::args().skip(1).collect();
    let files: Vec<Vec<u8>> = paths
        .iter()
        .map(|p| std::fs::read(p).expect("read"))
        .collect();
    let mut zune = Vec::new();
    let mut full = Vec::new();
    let mut half = Vec::new();
    let mut quarter = Vec::new();
    for bytes in &files {
        let t = Instant::now();
        let img = image::load_from_memory(bytes).expect("decode");
        zune.push(t.elapsed().as_secs_f64() * 1e3);
        drop(img);
        for (scale, out) in [(1u16, &mut full), (2, &mut half), (4, &mut quarter)] {
            let t = Instant::now();
            let mut d = jpeg_decoder::Decoder::new(std::io::Cursor::new(bytes));
            d.read_info().expect("info");
            let info = d.info().expect("info");
            d.scale(info.width / scale, info.height / scale)
                .expect("scale");
            let px = d.decode().expect("decode");
            out.push(t.elapsed().as_secs_f64() * 1e3);
            drop(px);
        }
    }
    println!("photos: {}", files.len());
    println!("image (zune-jpeg), full: {:.1} ms", median(zune));
    println!("jpeg-decoder, full:      {:.1} ms", median(full));
    println!("jpeg-decoder, 1/2:       {:.1} ms", median(half));
    println!("jpeg-decoder, 1/4:       {:.1} ms", median(quarter));
}
