//! The ratio chart, written by hand as SVG: one group of horizontal bars per
//! benchmark (one bar per non-baseline interpreter), on a log scale centred
//! on 1 (= as fast as the baseline). Bars go right when slower, left when
//! faster.

use crate::results::Results;
use std::fmt::Write;

const COLOURS: [&str; 6] = [
    "#d95f02", "#7570b3", "#1b9e77", "#e7298a", "#66a61e", "#a6761d",
];
const WIDTH: f64 = 900.0;
const LEFT: f64 = 120.0;
const RIGHT: f64 = 90.0;
const BAR: f64 = 12.0;
const GAP: f64 = 10.0;
const TOP: f64 = 78.0;

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The axis range: powers of two around every ratio, at least 1/4 .. 4.
pub fn axis_range(ratios: &[f64]) -> (f64, f64) {
    let mut lo: f64 = 0.25;
    let mut hi: f64 = 4.0;
    for &r in ratios.iter().filter(|r| r.is_finite() && **r > 0.0) {
        while r < lo * 1.15 {
            lo /= 2.0;
        }
        while r > hi / 1.15 {
            hi *= 2.0;
        }
    }
    (lo, hi)
}

fn tick_label(t: f64) -> String {
    if t >= 1.0 {
        format!("{t:.0}×")
    } else {
        let s = format!("{t:.4}");
        format!("{}×", s.trim_end_matches('0'))
    }
}

pub fn chart(r: &Results) -> String {
    let engines: Vec<usize> = (1..r.engines.len()).collect();
    let base = escape(&r.engines[0].label);
    // Rows: each benchmark, then the geometric means.
    let mut rows: Vec<(String, Vec<Result<f64, String>>)> = Vec::new();
    for (i, row) in r.rows.iter().enumerate() {
        let bars = engines
            .iter()
            .map(|&j| match (&row.cells[j].failure, r.ratio(i, j)) {
                (Some(_), _) => Err("failed".to_string()),
                (None, Some(q)) => Ok(q),
                (None, None) => Err(format!("{} failed", r.engines[0].label)),
            })
            .collect();
        rows.push((row.name.clone(), bars));
    }
    let means = engines
        .iter()
        .map(|&j| r.summary(j).geomean.ok_or_else(|| "no result".to_string()))
        .collect();
    rows.push(("geometric mean".to_string(), means));

    let all: Vec<f64> = rows
        .iter()
        .flat_map(|(_, b)| b.iter().filter_map(|x| x.as_ref().ok().copied()))
        .collect();
    let (lo, hi) = axis_range(&all);
    let plot_w = WIDTH - LEFT - RIGHT;
    let x = |v: f64| LEFT + plot_w * (v.ln() - lo.ln()) / (hi.ln() - lo.ln());
    let group_h = engines.len().max(1) as f64 * BAR + GAP;
    let height = TOP + rows.len() as f64 * group_h + 40.0;

    let mut o = String::new();
    writeln!(
        o,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" viewBox="0 0 {WIDTH} {height}" font-family="sans-serif" font-size="11">"#
    )
    .unwrap();
    writeln!(o, r#"<rect width="100%" height="100%" fill="white"/>"#).unwrap();
    writeln!(
        o,
        r#"<text x="{}" y="20" font-size="14" font-weight="bold" text-anchor="middle">Time relative to {base} (log scale): right of 1× is slower, left is faster</text>"#,
        WIDTH / 2.0
    )
    .unwrap();
    writeln!(
        o,
        r##"<text x="{}" y="36" text-anchor="middle" fill="#555">{} · commit {} · {} · {} reps, median</text>"##,
        WIDTH / 2.0,
        escape(&r.meta.date),
        escape(&r.meta.commit),
        escape(&r.meta.cpu),
        r.meta.reps
    )
    .unwrap();
    // Legend.
    let mut lx = LEFT;
    for (k, &j) in engines.iter().enumerate() {
        let colour = COLOURS[k % COLOURS.len()];
        let e = &r.engines[j];
        let text = if e.short == e.label {
            e.label.clone()
        } else {
            format!("{}: {}", e.label, e.short)
        };
        writeln!(
            o,
            r#"<rect x="{lx}" y="46" width="12" height="12" fill="{colour}"/>"#
        )
        .unwrap();
        writeln!(
            o,
            r#"<text x="{}" y="56">{}</text>"#,
            lx + 16.0,
            escape(&text)
        )
        .unwrap();
        lx += 26.0 + 6.0 * text.chars().count() as f64;
    }
    // Grid and tick labels at powers of two.
    let bottom = TOP + rows.len() as f64 * group_h;
    let mut t = lo;
    while t <= hi * 1.0001 {
        let tx = x(t);
        let (stroke, w) = if (t - 1.0).abs() < 1e-9 {
            ("#000", 1.5)
        } else {
            ("#ddd", 1.0)
        };
        writeln!(
            o,
            r#"<line x1="{tx:.1}" y1="{}" x2="{tx:.1}" y2="{bottom}" stroke="{stroke}" stroke-width="{w}"/>"#,
            TOP - 6.0
        )
        .unwrap();
        writeln!(
            o,
            r##"<text x="{tx:.1}" y="{}" text-anchor="middle" fill="#333">{}</text>"##,
            bottom + 14.0,
            tick_label(t)
        )
        .unwrap();
        t *= 2.0;
    }
    writeln!(
        o,
        r##"<text x="{:.1}" y="{}" text-anchor="middle" fill="#333">1× = {base}</text>"##,
        x(1.0),
        bottom + 28.0
    )
    .unwrap();
    // Bars.
    for (g, (name, bars)) in rows.iter().enumerate() {
        let gy = TOP + g as f64 * group_h;
        let weight = if g + 1 == rows.len() {
            " font-weight=\"bold\""
        } else {
            ""
        };
        writeln!(
            o,
            r#"<text x="{}" y="{:.1}" text-anchor="end"{weight}>{}</text>"#,
            LEFT - 8.0,
            gy + group_h / 2.0,
            escape(name)
        )
        .unwrap();
        for (k, bar) in bars.iter().enumerate() {
            let colour = COLOURS[k % COLOURS.len()];
            let y = gy + k as f64 * BAR;
            match bar {
                Ok(q) => {
                    let (x0, x1) = (x(1.0), x(*q));
                    let (left, w) = (x0.min(x1), (x1 - x0).abs().max(1.0));
                    writeln!(
                        o,
                        r#"<rect x="{left:.1}" y="{y:.1}" width="{w:.1}" height="{}" fill="{colour}"><title>{}: {}: {q:.3}×</title></rect>"#,
                        BAR - 2.0,
                        escape(name),
                        escape(&r.engines[engines[k]].label)
                    )
                    .unwrap();
                    let (lx, anchor) = if *q >= 1.0 {
                        (x1 + 3.0, "start")
                    } else {
                        (x1 - 3.0, "end")
                    };
                    writeln!(
                        o,
                        r#"<text x="{lx:.1}" y="{:.1}" text-anchor="{anchor}" font-size="9">{q:.2}×</text>"#,
                        y + BAR - 3.0
                    )
                    .unwrap();
                }
                Err(why) => {
                    writeln!(
                        o,
                        r#"<text x="{:.1}" y="{:.1}" font-size="9" font-style="italic" fill="{colour}">{}: {}</text>"#,
                        x(1.0) + 4.0,
                        y + BAR - 3.0,
                        escape(&r.engines[engines[k]].label),
                        escape(why)
                    )
                    .unwrap();
                }
            }
        }
    }
    writeln!(o, "</svg>").unwrap();
    o
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::results::tests::sample;

    #[test]
    fn axis_covers_every_ratio() {
        assert_eq!(axis_range(&[]), (0.25, 4.0));
        assert_eq!(axis_range(&[1.0, 2.0]), (0.25, 4.0));
        let (lo, hi) = axis_range(&[0.1, 12.0]);
        assert!(lo < 0.1 && hi > 12.0);
        assert_eq!(tick_label(0.25), "0.25×");
        assert_eq!(tick_label(0.5), "0.5×");
        assert_eq!(tick_label(8.0), "8×");
    }

    #[test]
    fn chart_is_well_formed_and_honest() {
        let svg = chart(&sample());
        assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
        assert!(svg.ends_with("</svg>\n"));
        assert_eq!(svg.matches("<text").count(), svg.matches("</text>").count());
        // Names are escaped; ampersands never appear raw.
        assert!(svg.contains(">n&amp;body<"));
        assert!(!svg.contains("n&body"));
        // Four successful ratios become bars (with tooltips); the two failed
        // JIT runs and its missing mean are labelled, not drawn.
        assert_eq!(svg.matches("</rect>").count(), 4 + 2);
        assert_eq!(svg.matches("copperhead -X tier2=on: failed").count(), 2);
        assert!(svg.contains("copperhead -X tier2=on: no result"));
        assert!(svg.contains("2.00×"));
        assert!(svg.contains("1× = python3"));
    }
}
