//! Small SVG charts written by hand (no plotting dependency): horizontal bars with an
//! optional limit line, and line charts. Text is escaped; sizes are fixed so the
//! Markdown report renders them inline.

use std::fmt::Write;

fn esc(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

const PALETTE: [&str; 6] = ["#4e79a7", "#e15759", "#59a14f", "#f28e2b", "#76b7b2", "#b07aa1"];

/// One bar: label, value, and whether it is over its limit (drawn red).
pub struct Bar {
    pub label: String,
    pub value: f64,
    pub bad: bool,
}

/// Horizontal bars on a 0..`max` scale, with a dashed `limit` line when given.
pub fn bars(title: &str, unit: &str, items: &[Bar], max: f64, limit: Option<f64>) -> String {
    let (left, width, row) = (230.0, 420.0, 20.0);
    let h = 40.0 + row * items.len() as f64 + 24.0;
    let x = |v: f64| left + width * (v / max).clamp(0.0, 1.0);
    let mut s = String::new();
    let _ = writeln!(s, r##"<svg xmlns="http://www.w3.org/2000/svg" width="{}" height="{h}" font-family="sans-serif" font-size="12">"##, left + width + 70.0);
    let _ = writeln!(s, r##"<rect width="100%" height="100%" fill="white"/><text x="10" y="20" font-size="14" font-weight="bold">{}</text>"##, esc(title));
    for (i, b) in items.iter().enumerate() {
        let y = 34.0 + row * i as f64;
        let fill = if b.bad { "#e15759" } else { "#4e79a7" };
        let _ = writeln!(s, r##"<text x="{}" y="{}" text-anchor="end">{}</text>"##, left - 6.0, y + 13.0, esc(&b.label));
        let _ = writeln!(s, r##"<rect x="{left}" y="{y}" width="{:.1}" height="{}" fill="{fill}"/>"##, x(b.value) - left, row - 4.0);
        let _ = writeln!(s, r##"<text x="{:.1}" y="{}">{:.1}{unit}</text>"##, x(b.value) + 4.0, y + 13.0, b.value);
    }
    let axis_y = 34.0 + row * items.len() as f64;
    let _ = writeln!(s, r##"<line x1="{left}" y1="30" x2="{left}" y2="{axis_y}" stroke="#333"/>"##);
    let _ = writeln!(s, r##"<text x="{left}" y="{}">0</text><text x="{}" y="{}" text-anchor="end">{max}{unit}</text>"##, axis_y + 14.0, left + width, axis_y + 14.0);
    if let Some(l) = limit {
        let _ = writeln!(s, r##"<line x1="{0:.1}" y1="30" x2="{0:.1}" y2="{axis_y}" stroke="#e15759" stroke-dasharray="4 3"/><text x="{0:.1}" y="{1}" fill="#e15759" text-anchor="middle">gate {l}{unit}</text>"##, x(l), axis_y + 14.0);
    }
    s.push_str("</svg>\n");
    s
}

/// One line of a line chart.
pub struct Series {
    pub name: String,
    pub points: Vec<(f64, f64)>,
}

/// Lines on 0..`x_max` × 0..100 axes, with a legend.
pub fn lines(title: &str, x_label: &str, y_label: &str, series: &[Series], x_max: f64) -> String {
    let (left, top, w, h) = (50.0, 30.0, 420.0, 220.0);
    let px = |x: f64| left + w * (x / x_max).clamp(0.0, 1.0);
    let py = |y: f64| top + h * (1.0 - (y / 100.0).clamp(0.0, 1.0));
    let mut s = String::new();
    let _ = writeln!(s, r##"<svg xmlns="http://www.w3.org/2000/svg" width="{}" height="{}" font-family="sans-serif" font-size="12">"##, left + w + 190.0, top + h + 45.0);
    let _ = writeln!(s, r##"<rect width="100%" height="100%" fill="white"/><text x="10" y="18" font-size="14" font-weight="bold">{}</text>"##, esc(title));
    for i in 0..=4 {
        let y = f64::from(i) * 25.0;
        let _ = writeln!(s, r##"<line x1="{left}" y1="{0:.1}" x2="{1}" y2="{0:.1}" stroke="#ddd"/><text x="{2}" y="{3:.1}" text-anchor="end">{y}</text>"##, py(y), left + w, left - 4.0, py(y) + 4.0);
        let xv = x_max * f64::from(i) / 4.0;
        let _ = writeln!(s, r##"<text x="{:.1}" y="{}" text-anchor="middle">{xv}</text>"##, px(xv), top + h + 16.0);
    }
    let _ = writeln!(s, r##"<text x="{}" y="{}" text-anchor="middle">{}</text>"##, left + w / 2.0, top + h + 36.0, esc(x_label));
    let _ = writeln!(s, r##"<text x="12" y="{}" transform="rotate(-90 12 {})" text-anchor="middle">{}</text>"##, top + h / 2.0, top + h / 2.0, esc(y_label));
    for (i, se) in series.iter().enumerate() {
        let c = PALETTE[i % PALETTE.len()];
        let pts: Vec<String> = se.points.iter().map(|(x, y)| format!("{:.1},{:.1}", px(*x), py(*y))).collect();
        let _ = writeln!(s, r##"<polyline fill="none" stroke="{c}" stroke-width="2" points="{}"/>"##, pts.join(" "));
        let ly = top + 10.0 + 18.0 * i as f64;
        let _ = writeln!(s, r##"<rect x="{}" y="{}" width="12" height="12" fill="{c}"/><text x="{}" y="{}">{}</text>"##, left + w + 12.0, ly - 10.0, left + w + 28.0, ly, esc(&se.name));
    }
    s.push_str("</svg>\n");
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_escape_labels_and_mark_bad_values() {
        let s = bars("t<1>", "%", &[Bar { label: "a&b".into(), value: 12.0, bad: true }, Bar { label: "c".into(), value: 3.0, bad: false }], 100.0, Some(5.0));
        assert!(s.starts_with("<svg") && s.trim_end().ends_with("</svg>"));
        assert!(s.contains("t&lt;1&gt;") && s.contains("a&amp;b"));
        assert_eq!(s.matches("#e15759").count(), 3, "one red bar, the limit line and its label");
    }

    #[test]
    fn lines_have_one_polyline_per_series() {
        let se = |n: &str| Series { name: n.into(), points: vec![(0.0, 10.0), (5.0, 90.0)] };
        let s = lines("r", "x", "y", &[se("a"), se("b")], 10.0);
        assert_eq!(s.matches("<polyline").count(), 2);
    }
}
