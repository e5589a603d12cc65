namespace LrNotebooks.Runner.Site;

/// <summary>The site's one stylesheet (<c>site.css</c>): readable text column, code and output styling, print rules.</summary>
internal static class SiteStylesheet
{
    /// <summary>File name in the site directory.</summary>
    public const string FileName = "site.css";

    /// <summary>The CSS.</summary>
    public const string Css = """
        :root {
          --text: #1f2328;
          --muted: #59636e;
          --accent: #0b5cad;
          --accent-soft: #e8f1fb;
          --background: #ffffff;
          --code-background: #f6f8fa;
          --border: #d1d9e0;
          --error: #cf222e;
          --error-background: #fff1f0;
          --warning: #9a6700;
          --warning-background: #fff8e5;
          --sans: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", "Noto Sans", "DejaVu Sans", sans-serif;
          --mono: "JetBrains Mono", "Cascadia Code", "Fira Code", Menlo, Consolas, "DejaVu Sans Mono", monospace;
          --math: "STIX Two Math", "Latin Modern Math", "Cambria Math", "Libertinus Math", "TeX Gyre Termes Math", math;
        }

        * { box-sizing: border-box; }
        html { -webkit-text-size-adjust: 100%; }
        body {
          margin: 0;
          background: var(--background);
          color: var(--text);
          font: 17px/1.65 var(--sans);
        }
        a { color: var(--accent); text-underline-offset: 0.15em; }
        a:hover { text-decoration-thickness: 2px; }

        .site-header {
          border-bottom: 1px solid var(--border);
          background: #fbfcfd;
        }
        .site-header-inner, .site-footer-inner, main {
          max-width: 52rem;
          margin: 0 auto;
          padding: 0 1.25rem;
        }
        .site-header-inner {
          display: flex;
          align-items: baseline;
          justify-content: space-between;
          gap: 1rem;
          padding-top: 0.8rem;
          padding-bottom: 0.8rem;
        }
        .course-title { font-weight: 650; color: var(--text); text-decoration: none; }
        .course-title:hover { color: var(--accent); }
        .position { color: var(--muted); font-size: 0.85rem; white-space: nowrap; }

        main { padding-top: 1.5rem; padding-bottom: 2rem; }
        h1, h2, h3, h4 { line-height: 1.25; font-weight: 650; margin: 1.8em 0 0.6em; }
        h1 { font-size: 2.1rem; margin-top: 0.6em; letter-spacing: -0.01em; }
        h2 { font-size: 1.5rem; padding-bottom: 0.25em; border-bottom: 1px solid var(--border); }
        h3 { font-size: 1.2rem; }
        p, ul, ol, dl, table, blockquote { margin: 0 0 1em; }
        li + li { margin-top: 0.25em; }
        img { max-width: 100%; height: auto; }
        hr { border: 0; border-top: 1px solid var(--border); margin: 2em 0; }
        blockquote {
          margin-left: 0;
          padding: 0.6em 1em;
          border-left: 4px solid var(--accent);
          background: var(--accent-soft);
          border-radius: 0 6px 6px 0;
        }
        blockquote > :last-child { margin-bottom: 0; }
        table { border-collapse: collapse; display: block; overflow-x: auto; max-width: 100%; font-size: 0.92em; }
        th, td { border: 1px solid var(--border); padding: 0.35em 0.7em; text-align: left; vertical-align: top; }
        th { background: var(--code-background); font-weight: 600; }

        code, pre, kbd { font-family: var(--mono); }
        :not(pre) > code {
          font-size: 0.86em;
          background: var(--code-background);
          border: 1px solid #e6eaef;
          border-radius: 4px;
          padding: 0.08em 0.35em;
        }
        pre { font-size: 0.84rem; line-height: 1.5; overflow-x: auto; tab-size: 4; }
        .markdown-cell pre {
          background: var(--code-background);
          border: 1px solid var(--border);
          border-radius: 6px;
          padding: 0.8rem 1rem;
        }

        math { font-family: var(--math); font-size: 1.08em; }
        math[display="block"] { margin: 1em 0; overflow-x: auto; overflow-y: hidden; padding: 0.2em 0; }
        .math-nowrap { white-space: nowrap; }
        merror { color: var(--error); background: var(--error-background); }

        .cell { margin: 0 0 1.25rem; }
        .code-cell { margin: 1.5rem 0 1.75rem; }
        .cell-input {
          position: relative;
          background: var(--code-background);
          border: 1px solid var(--border);
          border-radius: 6px;
        }
        .cell-input pre { margin: 0; padding: 0.85rem 1rem; }
        .cell-label {
          position: absolute;
          top: 0.3rem;
          right: 0.55rem;
          font: 0.7rem/1 var(--sans);
          color: var(--muted);
          letter-spacing: 0.03em;
          user-select: none;
        }
        .cell-outputs { margin-top: 0.6rem; }
        .output { margin: 0 0 0.6rem; max-width: 100%; overflow-x: auto; }
        pre.output {
          margin: 0 0 0.6rem;
          padding: 0.6rem 0.9rem;
          border-left: 3px solid var(--border);
          background: #fcfcfd;
        }
        pre.output-stderr { border-left-color: #d4a72c; background: var(--warning-background); }
        .output-error {
          border: 1px solid #f1b5b5;
          border-left: 4px solid var(--error);
          background: var(--error-background);
          border-radius: 0 6px 6px 0;
          padding: 0.6rem 0.9rem;
        }
        .error-title { font-weight: 600; font-size: 0.95rem; color: #82071e; overflow-wrap: anywhere; }
        .error-name { font-family: var(--mono); font-size: 0.92em; }
        .error-traceback { margin: 0.5rem 0 0; font-size: 0.78rem; color: #4b2a2a; }
        .output-warning { color: var(--warning); background: var(--warning-background); padding: 0.5rem 0.8rem; border-radius: 6px; }
        .output-chart { overflow-x: auto; overflow-y: hidden; }
        .plotly-chart { margin: 0 auto; }
        .output-html table { display: table; }
        .dni-plaintext pre { margin: 0; padding: 0.3rem 0; background: none; border: 0; }
        .dni-code-hint { font-style: italic; overflow: hidden; white-space: nowrap; }
        .dni-treeview { white-space: nowrap; }
        .dni-treeview td { vertical-align: top; text-align: start; }
        details.dni-treeview { padding-left: 1em; }

        details.setup-cell { margin: 1rem 0 1.5rem; }
        details.setup-cell > summary { cursor: pointer; color: var(--muted); font-size: 0.9rem; }
        details.setup-cell[open] > summary { margin-bottom: 0.5rem; }

        .tok-kw { color: #cf222e; }
        .tok-str { color: #0a3069; }
        .tok-com { color: #6e7781; font-style: italic; }
        .tok-num { color: #0550ae; }
        .tok-type { color: #953800; }
        .tok-fn { color: #6639ba; }
        .tok-dir { color: #116329; }

        .pager {
          display: grid;
          grid-template-columns: 1fr 1fr;
          gap: 1rem;
          margin: 2.5rem 0 1rem;
        }
        .pager a {
          display: block;
          padding: 0.7rem 1rem;
          border: 1px solid var(--border);
          border-radius: 8px;
          text-decoration: none;
          color: var(--text);
        }
        .pager a:hover { border-color: var(--accent); background: var(--accent-soft); }
        .pager .next { grid-column: 2; text-align: right; }
        .pager-label { display: block; font-size: 0.8rem; color: var(--muted); }
        .pager-title { display: block; font-weight: 600; color: var(--accent); }

        .hero { margin: 1rem 0 2rem; }
        .hero h1 { margin-bottom: 0.4em; }
        .lead { font-size: 1.15rem; color: #3a424a; }
        .notebook-list { list-style: none; padding: 0; margin: 0; }
        .notebook-list > li {
          margin: 0 0 1rem;
          padding: 1rem 1.2rem;
          border: 1px solid var(--border);
          border-radius: 10px;
        }
        .notebook-list > li:hover { border-color: #9cb8d9; }
        .notebook-link { display: flex; gap: 0.8rem; align-items: baseline; font-size: 1.2rem; font-weight: 650; text-decoration: none; }
        .notebook-number { font-family: var(--mono); font-size: 0.95rem; color: var(--muted); min-width: 2ch; }
        .objectives { margin: 0.5rem 0 0 calc(2ch + 0.8rem); font-size: 0.95rem; }
        .objectives-label { font-size: 0.75rem; text-transform: uppercase; letter-spacing: 0.06em; color: var(--muted); margin: 0 0 0.2rem; }
        .objectives ul, .objectives ol { margin: 0; padding-left: 1.2em; }
        .objectives ul { list-style: disc; }

        .site-footer { border-top: 1px solid var(--border); color: var(--muted); font-size: 0.85rem; }
        .site-footer-inner { padding-top: 1rem; padding-bottom: 2rem; }

        @media (max-width: 40rem) {
          body { font-size: 16px; }
          h1 { font-size: 1.7rem; }
          .pager { grid-template-columns: 1fr; }
          .pager .next { grid-column: 1; }
        }

        @media print {
          body { font-size: 10.5pt; line-height: 1.45; }
          .site-header, .pager, .site-footer { display: none; }
          main { max-width: none; padding: 0; }
          a { color: inherit; }
          pre, .output { overflow: visible; white-space: pre-wrap; overflow-wrap: anywhere; }
          .cell-input, pre.output, .output-error { break-inside: avoid; }
          .output-chart { break-inside: avoid; }
          .modebar-container { display: none !important; }
          h1, h2, h3 { break-after: avoid; }
          details.setup-cell { display: none; }
        }
        """;
}
