//! What every chart the core draws shares: text made safe for SVG. The
//! timeline, the money charts and Home's charts are all SVG text written by
//! the core, so that the screen, the print view and the PDF show one picture.

/// Escapes text for SVG content and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_and_control_characters_never_reach_the_picture() {
        assert_eq!(escape("<b>\"A&B's\"</b>\u{7}"), "&lt;b&gt;&quot;A&amp;B&#39;s&quot;&lt;/b&gt; ");
    }
}
