using System.Xml.Linq;
using LrNotebooks.Site.Math;

namespace LrNotebooks.Site.Tests;

public sealed class LatexToMathMLTests
{
    private const string Apply = "<mo>\u2061</mo>";
    private const string ApplySpaced = "<mo rspace=\"0.1667em\">\u2061</mo>";

    // The converted body without the <math alttext><semantics><mrow> wrapper and the TeX annotation.
    private static string Body(string tex)
    {
        var conversion = LatexToMathML.Convert(tex, display: false);
        Assert.Null(conversion.Error);
        Assert.Empty(conversion.UnknownCommands);
        var alttext = tex.Trim().Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal).Replace("'", "&#39;", StringComparison.Ordinal);
        var prefix = $"<math alttext=\"{alttext}\"><semantics><mrow>";
        var end = conversion.Markup.LastIndexOf("</mrow><annotation", StringComparison.Ordinal);
        Assert.StartsWith(prefix, conversion.Markup, StringComparison.Ordinal);
        return conversion.Markup[prefix.Length..end];
    }

    [Theory]
    [InlineData("x", "<mi>x</mi>")]
    [InlineData("42", "<mn>42</mn>")]
    [InlineData("3.14", "<mn>3.14</mn>")]
    [InlineData("a+b", "<mi>a</mi><mo>+</mo><mi>b</mi>")]
    [InlineData("a-b", "<mi>a</mi><mo>−</mo><mi>b</mi>")]
    [InlineData("a<b", "<mi>a</mi><mo>&lt;</mo><mi>b</mi>")]
    [InlineData("x^2", "<msup><mi>x</mi><mn>2</mn></msup>")]
    [InlineData("x^{10}", "<msup><mi>x</mi><mn>10</mn></msup>")]
    [InlineData("x^23", "<msup><mi>x</mi><mn>2</mn></msup><mn>3</mn>")]
    [InlineData("x_i^2", "<msubsup><mi>x</mi><mi>i</mi><mn>2</mn></msubsup>")]
    [InlineData("x^2_i", "<msubsup><mi>x</mi><mi>i</mi><mn>2</mn></msubsup>")]
    [InlineData("a_{t+1}", "<msub><mi>a</mi><mrow><mi>t</mi><mo>+</mo><mn>1</mn></mrow></msub>")]
    [InlineData("e^{-x}", "<msup><mi>e</mi><mrow><mo form=\"prefix\">−</mo><mi>x</mi></mrow></msup>")]
    [InlineData("(-c, +c) = -y", "<mo stretchy=\"false\">(</mo><mo form=\"prefix\">−</mo><mi>c</mi><mo>,</mo><mo form=\"prefix\">+</mo><mi>c</mi><mo stretchy=\"false\">)</mo><mo>=</mo><mo form=\"prefix\">−</mo><mi>y</mi>")]
    [InlineData("(a) - b", "<mo stretchy=\"false\">(</mo><mi>a</mi><mo stretchy=\"false\">)</mo><mo>−</mo><mi>b</mi>")]
    [InlineData("{}^{14}C", "<msup><mrow></mrow><mn>14</mn></msup><mi>C</mi>")]
    [InlineData("f'(x)", "<msup><mi>f</mi><mo>′</mo></msup><mo stretchy=\"false\">(</mo><mi>x</mi><mo stretchy=\"false\">)</mo>")]
    [InlineData("f''", "<msup><mi>f</mi><mo>″</mo></msup>")]
    [InlineData("x^\\prime", "<msup><mi>x</mi><mi mathvariant=\"normal\">′</mi></msup>")]
    [InlineData("\\frac{a}{b}", "<mfrac><mi>a</mi><mi>b</mi></mfrac>")]
    [InlineData("\\frac12", "<mfrac><mn>1</mn><mn>2</mn></mfrac>")]
    [InlineData("\\frac{L}{2} x^2", "<mfrac><mi>L</mi><mn>2</mn></mfrac><msup><mi>x</mi><mn>2</mn></msup>")]
    [InlineData("\\dfrac{a}{b}", "<mstyle displaystyle=\"true\" scriptlevel=\"0\"><mfrac><mi>a</mi><mi>b</mi></mfrac></mstyle>")]
    [InlineData("\\tfrac{1}{2}", "<mstyle displaystyle=\"false\"><mfrac><mn>1</mn><mn>2</mn></mfrac></mstyle>")]
    [InlineData("\\binom{n}{k}", "<mrow><mo fence=\"true\" form=\"prefix\" stretchy=\"true\">(</mo><mfrac linethickness=\"0\"><mi>n</mi><mi>k</mi></mfrac><mo fence=\"true\" form=\"postfix\" stretchy=\"true\">)</mo></mrow>")]
    [InlineData("\\sqrt{x}", "<msqrt><mi>x</mi></msqrt>")]
    [InlineData("\\sqrt{x+1}", "<msqrt><mrow><mi>x</mi><mo>+</mo><mn>1</mn></mrow></msqrt>")]
    [InlineData("\\sqrt[3]{x}", "<mroot><mi>x</mi><mn>3</mn></mroot>")]
    [InlineData("\\sqrt[n+1]x", "<mroot><mi>x</mi><mrow><mi>n</mi><mo>+</mo><mn>1</mn></mrow></mroot>")]
    [InlineData("\\alpha\\beta\\gamma\\eta\\lambda", "<mi>α</mi><mi>β</mi><mi>γ</mi><mi>η</mi><mi>λ</mi>")]
    [InlineData("\\epsilon\\varepsilon\\phi\\varphi", "<mi>ϵ</mi><mi>ε</mi><mi>ϕ</mi><mi>φ</mi>")]
    [InlineData("\\Gamma\\Delta\\Omega", "<mi mathvariant=\"normal\">Γ</mi><mi mathvariant=\"normal\">Δ</mi><mi mathvariant=\"normal\">Ω</mi>")]
    [InlineData("\\nabla f", "<mi mathvariant=\"normal\">∇</mi><mi>f</mi>")]
    [InlineData("\\partial x", "<mi>∂</mi><mi>x</mi>")]
    [InlineData("\\infty", "<mi mathvariant=\"normal\">∞</mi>")]
    [InlineData("a \\cdot b \\times c", "<mi>a</mi><mo>⋅</mo><mi>b</mi><mo>×</mo><mi>c</mi>")]
    [InlineData("a \\le b \\ge c \\ne d \\approx e", "<mi>a</mi><mo>≤</mo><mi>b</mi><mo>≥</mo><mi>c</mi><mo>≠</mo><mi>d</mi><mo>≈</mo><mi>e</mi>")]
    [InlineData("a \\leq b \\geq c \\neq d", "<mi>a</mi><mo>≤</mo><mi>b</mi><mo>≥</mo><mi>c</mi><mo>≠</mo><mi>d</mi>")]
    [InlineData("t \\to \\infty", "<mi>t</mi><mo>→</mo><mi mathvariant=\"normal\">∞</mi>")]
    [InlineData("x \\in \\mathbb{R}^n", "<mi>x</mi><mo>∈</mo><msup><mi>ℝ</mi><mi>n</mi></msup>")]
    [InlineData("\\mathbb{N}\\mathbb{Z}\\mathbb{Q}\\mathbb{C}\\mathbb{E}", "<mi>ℕ</mi><mi>ℤ</mi><mi>ℚ</mi><mi>ℂ</mi><mi>𝔼</mi>")]
    [InlineData("\\mathbf{x}", "<mi>𝐱</mi>")]
    [InlineData("\\mathbf{0}", "<mn>𝟎</mn>")]
    [InlineData("\\mathbf{Ax}", "<mrow><mi>𝐀</mi><mi>𝐱</mi></mrow>")]
    [InlineData("\\boldsymbol{\\theta}", "<mi>𝜽</mi>")]
    [InlineData("\\mathcal{L}\\mathcal{A}", "<mi>ℒ</mi><mi>𝒜</mi>")]
    [InlineData("\\mathfrak{g}", "<mi>𝔤</mi>")]
    [InlineData("\\mathsf{T}", "<mi>𝖳</mi>")]
    [InlineData("\\mathtt{x}", "<mi>𝚡</mi>")]
    [InlineData("\\mathit{h}", "<mi>ℎ</mi>")]
    [InlineData("\\mathrm{d}x", "<mi mathvariant=\"normal\">d</mi><mi>x</mi>")]
    [InlineData("\\mathrm{lr}", "<mi>lr</mi>")]
    [InlineData("\\mathrm{max}_i", "<msub><mi>max</mi><mi>i</mi></msub>")]
    [InlineData("\\text{if } t", "<mtext>if\u00A0</mtext><mi>t</mi>")]
    [InlineData("\\text{ otherwise }", "<mtext>\u00A0otherwise\u00A0</mtext>")]
    [InlineData("\\text{a \\$5 & b}", "<mtext>a $5 &amp; b</mtext>")]
    [InlineData("\\text{for $x$}", "<mrow><mtext>for\u00A0</mtext><mi>x</mi></mrow>")]
    [InlineData("\\textbf{note}", "<mtext style=\"font-weight:bold\">note</mtext>")]
    [InlineData("\\hat{x}", "<mover accent=\"true\"><mi>x</mi><mo stretchy=\"false\">ˆ</mo></mover>")]
    [InlineData("\\bar x", "<mover accent=\"true\"><mi>x</mi><mo stretchy=\"false\">¯</mo></mover>")]
    [InlineData("\\tilde{g}", "<mover accent=\"true\"><mi>g</mi><mo stretchy=\"false\">˜</mo></mover>")]
    [InlineData("\\dot{x}", "<mover accent=\"true\"><mi>x</mi><mo stretchy=\"false\">˙</mo></mover>")]
    [InlineData("\\vec{v}", "<mover accent=\"true\"><mi>v</mi><mo stretchy=\"false\">→</mo></mover>")]
    [InlineData("\\hat{v}_t", "<msub><mover accent=\"true\"><mi>v</mi><mo stretchy=\"false\">ˆ</mo></mover><mi>t</mi></msub>")]
    [InlineData("\\overline{ab}", "<mover accent=\"true\"><mrow><mi>a</mi><mi>b</mi></mrow><mo stretchy=\"true\">‾</mo></mover>")]
    [InlineData("\\underline{a}", "<munder accentunder=\"true\"><mi>a</mi><mo stretchy=\"true\">_</mo></munder>")]
    [InlineData("\\overbrace{a+b}^{n}", "<mover><mover><mrow><mi>a</mi><mo>+</mo><mi>b</mi></mrow><mo stretchy=\"true\">⏞</mo></mover><mi>n</mi></mover>")]
    [InlineData("\\lVert x \\rVert_2", "<mo stretchy=\"false\">‖</mo><mi>x</mi><msub><mo stretchy=\"false\">‖</mo><mn>2</mn></msub>")]
    [InlineData("\\| x \\|", "<mo stretchy=\"false\">‖</mo><mi>x</mi><mo stretchy=\"false\">‖</mo>")]
    [InlineData("\\lfloor x \\rfloor \\lceil y \\rceil", "<mo stretchy=\"false\">⌊</mo><mi>x</mi><mo stretchy=\"false\">⌋</mo><mo stretchy=\"false\">⌈</mo><mi>y</mi><mo stretchy=\"false\">⌉</mo>")]
    [InlineData("\\{ x \\mid x > 0 \\}", "<mo stretchy=\"false\">{</mo><mi>x</mi><mo>∣</mo><mi>x</mi><mo>&gt;</mo><mn>0</mn><mo stretchy=\"false\">}</mo>")]
    [InlineData("|x|", "<mo stretchy=\"false\">|</mo><mi>x</mi><mo stretchy=\"false\">|</mo>")]
    [InlineData("\\dots \\ldots \\cdots \\vdots \\ddots", "<mo>…</mo><mo>…</mo><mo>⋯</mo><mo>⋮</mo><mo>⋱</mo>")]
    [InlineData("a \\quad b \\qquad c", "<mi>a</mi><mspace width=\"1em\"></mspace><mi>b</mi><mspace width=\"2em\"></mspace><mi>c</mi>")]
    [InlineData("a\\,b\\;c\\:d\\ e", "<mi>a</mi><mspace width=\"0.1667em\"></mspace><mi>b</mi><mspace width=\"0.2778em\"></mspace><mi>c</mi><mspace width=\"0.2222em\"></mspace><mi>d</mi><mspace width=\"0.25em\"></mspace><mi>e</mi>")]
    [InlineData("a\\!b", "<mi>a</mi><mspace width=\"0\" style=\"margin-left:-0.1667em\"></mspace><mi>b</mi>")]
    [InlineData("a~b", "<mi>a</mi><mspace width=\"0.25em\"></mspace><mi>b</mi>")]
    [InlineData("\\left( x \\right)", "<mrow><mo fence=\"true\" form=\"prefix\" stretchy=\"true\">(</mo><mi>x</mi><mo fence=\"true\" form=\"postfix\" stretchy=\"true\">)</mo></mrow>")]
    [InlineData("\\left[ x \\right]", "<mrow><mo fence=\"true\" form=\"prefix\" stretchy=\"true\">[</mo><mi>x</mi><mo fence=\"true\" form=\"postfix\" stretchy=\"true\">]</mo></mrow>")]
    [InlineData("\\left\\{ x \\right.", "<mrow><mo fence=\"true\" form=\"prefix\" stretchy=\"true\">{</mo><mi>x</mi></mrow>")]
    [InlineData("\\left. x \\right|_0", "<msub><mrow><mi>x</mi><mo fence=\"true\" form=\"postfix\" stretchy=\"true\">|</mo></mrow><mn>0</mn></msub>")]
    [InlineData("\\left\\lVert x \\right\\rVert", "<mrow><mo fence=\"true\" form=\"prefix\" stretchy=\"true\">‖</mo><mi>x</mi><mo fence=\"true\" form=\"postfix\" stretchy=\"true\">‖</mo></mrow>")]
    [InlineData("\\left\\langle a \\middle| b \\right\\rangle", "<mrow><mo fence=\"true\" form=\"prefix\" stretchy=\"true\">⟨</mo><mi>a</mi><mo stretchy=\"true\" lspace=\"0.05em\" rspace=\"0.05em\">|</mo><mi>b</mi><mo fence=\"true\" form=\"postfix\" stretchy=\"true\">⟩</mo></mrow>")]
    [InlineData("\\big( x \\Big)", "<mo stretchy=\"true\" minsize=\"1.2em\" maxsize=\"1.2em\">(</mo><mi>x</mi><mo stretchy=\"true\" minsize=\"1.623em\" maxsize=\"1.623em\">)</mo>")]
    [InlineData("\\sum_{i=1}^{n} i", "<munderover><mo largeop=\"true\" movablelimits=\"true\">∑</mo><mrow><mi>i</mi><mo>=</mo><mn>1</mn></mrow><mi>n</mi></munderover><mi>i</mi>")]
    [InlineData("\\prod_i", "<munder><mo largeop=\"true\" movablelimits=\"true\">∏</mo><mi>i</mi></munder>")]
    [InlineData("\\sum\\limits_i", "<munder><mo largeop=\"true\" movablelimits=\"false\">∑</mo><mi>i</mi></munder>")]
    [InlineData("\\sum\\nolimits_i", "<msub><mo largeop=\"true\" movablelimits=\"true\">∑</mo><mi>i</mi></msub>")]
    [InlineData("\\int_0^1 f", "<msubsup><mo largeop=\"true\">∫</mo><mn>0</mn><mn>1</mn></msubsup><mi>f</mi>")]
    [InlineData("\\int\\limits_0^1", "<munderover><mo largeop=\"true\" movablelimits=\"false\">∫</mo><mn>0</mn><mn>1</mn></munderover>")]
    [InlineData("\\lim_{t \\to \\infty} a_t", "<munder><mo lspace=\"0.1667em\" rspace=\"0\" movablelimits=\"true\">lim</mo><mrow><mi>t</mi><mo>→</mo><mi mathvariant=\"normal\">∞</mi></mrow></munder>" + ApplySpaced + "<msub><mi>a</mi><mi>t</mi></msub>")]
    [InlineData("\\min_x f", "<munder><mo lspace=\"0.1667em\" rspace=\"0\" movablelimits=\"true\">min</mo><mi>x</mi></munder>" + ApplySpaced + "<mi>f</mi>")]
    [InlineData("\\max(a, b)", "<mi>max</mi>" + Apply + "<mo stretchy=\"false\">(</mo><mi>a</mi><mo>,</mo><mi>b</mi><mo stretchy=\"false\">)</mo>")]
    [InlineData("2\\max(a)", "<mn>2</mn><mspace width=\"0.1667em\"></mspace><mi>max</mi>" + Apply + "<mo stretchy=\"false\">(</mo><mi>a</mi><mo stretchy=\"false\">)</mo>")]
    [InlineData("\\arg\\min_x", "<mi>arg</mi>" + ApplySpaced + "<munder><mo lspace=\"0.1667em\" rspace=\"0\" movablelimits=\"true\">min</mo><mi>x</mi></munder>" + Apply)]
    [InlineData("\\log x", "<mi>log</mi>" + ApplySpaced + "<mi>x</mi>")]
    [InlineData("\\log(x)", "<mi>log</mi>" + Apply + "<mo stretchy=\"false\">(</mo><mi>x</mi><mo stretchy=\"false\">)</mo>")]
    [InlineData("\\log_2 n", "<msub><mi>log</mi><mn>2</mn></msub>" + ApplySpaced + "<mi>n</mi>")]
    [InlineData("\\exp\\left(x\\right)", "<mi>exp</mi>" + Apply + "<mrow><mo fence=\"true\" form=\"prefix\" stretchy=\"true\">(</mo><mi>x</mi><mo fence=\"true\" form=\"postfix\" stretchy=\"true\">)</mo></mrow>")]
    [InlineData("\\cos t \\sin t", "<mi>cos</mi>" + ApplySpaced + "<mi>t</mi><mspace width=\"0.1667em\"></mspace><mi>sin</mi>" + ApplySpaced + "<mi>t</mi>")]
    [InlineData("\\operatorname{clip}(g)", "<mi>clip</mi>" + Apply + "<mo stretchy=\"false\">(</mo><mi>g</mi><mo stretchy=\"false\">)</mo>")]
    [InlineData("\\operatorname*{argmin}_x", "<munder><mo lspace=\"0.1667em\" rspace=\"0\" movablelimits=\"true\">argmin</mo><mi>x</mi></munder>" + Apply)]
    [InlineData("\\not= \\not\\in", "<mo>≠</mo><mo>∈\u0338</mo>")]
    [InlineData("\\displaystyle \\frac{a}{b}", "<mstyle displaystyle=\"true\" scriptlevel=\"0\"><mfrac><mi>a</mi><mi>b</mi></mfrac></mstyle>")]
    [InlineData("\\color{red} x", "<mstyle style=\"color:red\"><mi>x</mi></mstyle>")]
    [InlineData("\\textcolor{blue}{x}", "<mrow style=\"color:blue\"><mi>x</mi></mrow>")]
    [InlineData("\\boxed{x}", "<mrow style=\"border:1px solid currentColor;padding:0.15em 0.3em\"><mi>x</mi></mrow>")]
    [InlineData("\\overset{!}{=}", "<mover><mo>=</mo><mo>!</mo></mover>")]
    [InlineData("\\underset{x}{\\arg\\min}", "<munder><mrow><mi>arg</mi>" + ApplySpaced + "<mi>min</mi>" + Apply + "</mrow><mi>x</mi></munder>")]
    [InlineData("\\phantom{x}", "<mphantom><mi>x</mi></mphantom>")]
    [InlineData("x % a comment\n + 1", "<mi>x</mi><mo>+</mo><mn>1</mn>")]
    [InlineData("\\% \\$ \\#", "<mi mathvariant=\"normal\">%</mi><mi mathvariant=\"normal\">$</mi><mi mathvariant=\"normal\">#</mi>")]
    [InlineData("αβ", "<mi>α</mi><mi>β</mi>")]
    [InlineData("{a}", "<mi>a</mi>")]
    [InlineData("{}", "<mrow></mrow>")]
    public void Converts_to_the_expected_MathML(string tex, string expected) => Assert.Equal(expected, Body(tex));

    [Fact]
    public void Pmatrix_is_a_fenced_table_of_rows_and_cells()
    {
        Assert.Equal(
            "<mrow><mo fence=\"true\" form=\"prefix\" stretchy=\"true\">(</mo><mtable>" +
            "<mtr><mtd><mrow><mn>2</mn><mi>a</mi></mrow></mtd><mtd><mn>0</mn></mtd></mtr>" +
            "<mtr><mtd><mn>0</mn></mtd><mtd><mrow><mn>2</mn><mi>b</mi></mrow></mtd></mtr>" +
            "</mtable><mo fence=\"true\" form=\"postfix\" stretchy=\"true\">)</mo></mrow>",
            Body(@"\begin{pmatrix} 2a & 0 \\ 0 & 2b \end{pmatrix}"));
    }

    [Theory]
    [InlineData("bmatrix", "[", "]")]
    [InlineData("Bmatrix", "{", "}")]
    [InlineData("vmatrix", "|", "|")]
    [InlineData("Vmatrix", "‖", "‖")]
    public void Matrix_environments_use_their_delimiters(string environment, string open, string close)
    {
        var body = Body($@"\begin{{{environment}}} a & b \\ c & d \end{{{environment}}}");
        Assert.StartsWith($"<mrow><mo fence=\"true\" form=\"prefix\" stretchy=\"true\">{open}</mo><mtable>", body, StringComparison.Ordinal);
        Assert.EndsWith($"</mtable><mo fence=\"true\" form=\"postfix\" stretchy=\"true\">{close}</mo></mrow>", body, StringComparison.Ordinal);
        Assert.Equal(2, Count(body, "<mtr>"));
        Assert.Equal(4, Count(body, "<mtd>"));
    }

    [Fact]
    public void Plain_matrix_has_no_fences()
    {
        Assert.Equal("<mtable><mtr><mtd><mi>a</mi></mtd><mtd><mi>b</mi></mtd></mtr></mtable>", Body(@"\begin{matrix} a & b \end{matrix}"));
    }

    [Fact]
    public void Cases_is_a_left_brace_and_a_left_aligned_table()
    {
        var body = Body(@"\begin{cases} 1 & \text{if } x > 0 \\ 0 & \text{otherwise} \end{cases}");
        Assert.StartsWith("<mrow><mo fence=\"true\" form=\"prefix\" stretchy=\"true\">{</mo><mtable>", body, StringComparison.Ordinal);
        Assert.EndsWith("</mtable></mrow>", body, StringComparison.Ordinal);
        Assert.Contains("<mtd style=\"text-align:left;padding-left:0\"><mn>1</mn></mtd>", body, StringComparison.Ordinal);
        Assert.Contains("<mtd style=\"text-align:left;padding-left:1em\"><mrow><mtext>if\u00A0</mtext><mi>x</mi><mo>&gt;</mo><mn>0</mn></mrow></mtd>", body, StringComparison.Ordinal);
        Assert.Equal(2, Count(body, "<mtr>"));
    }

    [Fact]
    public void Aligned_pairs_right_and_left_aligned_columns_in_display_style_and_drops_a_trailing_row_break()
    {
        var body = Body(@"\begin{aligned} m_t &= \beta_1 m_{t-1} \\ v_t &= \beta_2 v_{t-1} \\ \end{aligned}");
        Assert.StartsWith("<mtable displaystyle=\"true\"><mtr><mtd style=\"text-align:right;padding-right:0\"><msub><mi>m</mi><mi>t</mi></msub></mtd><mtd style=\"text-align:left;padding-left:0\"><mrow><mo>=</mo>", body, StringComparison.Ordinal);
        Assert.Equal(2, Count(body, "<mtr>"));
    }

    [Fact]
    public void Array_columns_follow_the_column_specification()
    {
        var body = Body(@"\begin{array}{l|cr} a & b & c \end{array}");
        Assert.Equal("<mtable><mtr><mtd style=\"text-align:left\"><mi>a</mi></mtd><mtd><mi>b</mi></mtd><mtd style=\"text-align:right\"><mi>c</mi></mtd></mtr></mtable>", body);
    }

    [Fact]
    public void Top_level_rows_and_alignment_points_make_an_implicit_aligned_table()
    {
        var body = Body(@"a &= b \\ c &= d");
        Assert.StartsWith("<mtable displaystyle=\"true\">", body, StringComparison.Ordinal);
        Assert.Equal(2, Count(body, "<mtr>"));
        Assert.Equal(4, Count(body, "<mtd"));
    }

    [Fact]
    public void Display_math_is_a_block_and_keeps_the_TeX_as_an_annotation()
    {
        var conversion = LatexToMathML.Convert(@"a<b \quad \text{&}", display: true);
        Assert.StartsWith("<math display=\"block\" alttext=\"a&lt;b \\quad \\text{&amp;}\"><semantics><mrow>", conversion.Markup, StringComparison.Ordinal);
        Assert.EndsWith("</mrow><annotation encoding=\"application/x-tex\">a&lt;b \\quad \\text{&amp;}</annotation></semantics></math>", conversion.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("display", LatexToMathML.Convert("x", display: false).Markup, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(@"\eta_t = \eta_0 \cdot \gamma^{\lfloor t/s \rfloor}", false)]
    [InlineData(@"x_{t+1} = x_t - \eta \nabla f(x_t)", true)]
    [InlineData(@" \frac{a}{b} < \sqrt{\text{""q"" & 'r'}} ", true)]
    [InlineData(@"\foo{x}", false)]
    [InlineData(@"\frac{1}{", false)]
    public void Every_formula_carries_its_TeX_as_alttext_and_as_annotation(string tex, bool display)
    {
        var math = XDocument.Parse(LatexToMathML.Convert(tex, display).Markup).Root!;
        Assert.Equal("math", math.Name.LocalName);
        Assert.Equal(tex.Trim(), math.Attribute("alttext")?.Value);
        Assert.Equal(tex, math.Descendants("annotation").Single().Value);
    }

    [Fact]
    public void Unknown_commands_render_as_merror_with_the_raw_TeX_and_are_reported()
    {
        var conversion = LatexToMathML.Convert(@"\foo{x} + \bar{y} + \qux", display: false);
        Assert.Null(conversion.Error);
        Assert.Equal([@"\foo", @"\qux"], conversion.UnknownCommands);
        Assert.Contains("<merror><mtext>\\foo</mtext></merror><mi>x</mi>", conversion.Markup, StringComparison.Ordinal);
        Assert.Contains("<merror><mtext>\\qux</mtext></merror>", conversion.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_environments_are_reported()
    {
        var conversion = LatexToMathML.Convert(@"\begin{tikzcd} a & b \end{tikzcd}", display: true);
        Assert.Equal([@"\begin{tikzcd}"], conversion.UnknownCommands);
        Assert.Contains("<merror><mtable>", conversion.Markup, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(@"\frac{a}", "missing argument")]
    [InlineData("{x", "missing }")]
    [InlineData("x}", "unmatched }")]
    [InlineData(@"\left( x", @"\left without a matching \right")]
    [InlineData(@"x \right)", @"\right without a matching \left")]
    [InlineData("x^", "missing argument")]
    [InlineData("x^2^3", "double superscript")]
    [InlineData("x_1_2", "double subscript")]
    [InlineData(@"\begin{pmatrix} a \end{bmatrix}", @"ended by \end{bmatrix}")]
    [InlineData(@"\begin{pmatrix} a", @"missing \end")]
    [InlineData(@"a \end{x}", @"\end without a matching \begin")]
    [InlineData(@"\left x \right)", "expects a delimiter")]
    [InlineData(@"\text x", "expects an argument in braces")]
    [InlineData(@"x \", "lone backslash")]
    public void Malformed_TeX_renders_as_an_error_box_with_the_source_and_says_why(string tex, string reason)
    {
        var conversion = LatexToMathML.Convert(tex, display: false);
        Assert.NotNull(conversion.Error);
        Assert.Contains(reason, conversion.Error, StringComparison.Ordinal);
        Assert.Contains("<merror><mtext>", conversion.Markup, StringComparison.Ordinal);
        Assert.Null(conversion.PlainText);
    }

    [Theory]
    [InlineData(@"\eta", "η")]
    [InlineData(@"\eta = 0.1", "η=0.1")]
    [InlineData(@"\mathbb{R}", "ℝ")]
    [InlineData("x^2", null)]
    [InlineData(@"\frac{1}{2}", null)]
    public void Plain_text_is_offered_only_for_formulas_without_layout(string tex, string? expected)
    {
        Assert.Equal(expected, LatexToMathML.Convert(tex, display: false).PlainText);
    }

    // Every command the course notebooks are expected to use (and the task lists) must be known.
    [Theory]
    [InlineData(@"\nabla \partial \sum \prod \int \lim \min \max \arg \log \exp \cos \sin \cdot \times \le \ge \ne \approx \to \infty \in")]
    [InlineData(@"\mathbb{R} \mathbf{x} \mathrm{d} \text{a} \operatorname{f} \quad \, \lVert x \rVert \| \hat{a} \bar{a} \tilde{a} \dot{a}")]
    [InlineData(@"\lfloor x \rfloor \lceil x \rceil \mid \dots \ldots \cdots \eta \alpha \beta \gamma \lambda \mu \sigma \theta \rho \tau \omega")]
    [InlineData(@"\frac{a}{b} \sqrt{x} \sqrt[3]{x} \left( x \right) \begin{pmatrix} a \end{pmatrix} \begin{bmatrix} a \end{bmatrix} \begin{cases} a \end{cases} \begin{aligned} a &= b \end{aligned}")]
    public void Every_command_of_the_course_subset_is_known(string tex)
    {
        var conversion = LatexToMathML.Convert(tex, display: true);
        Assert.Null(conversion.Error);
        Assert.Empty(conversion.UnknownCommands);
        Assert.DoesNotContain("merror", conversion.Markup, StringComparison.Ordinal);
    }

    public static TheoryData<string> TableCommands() => [.. TexSymbolTable.Names.Where(n => n != " ")];

    [Theory]
    [MemberData(nameof(TableCommands))]
    public void Every_table_command_converts_to_well_formed_MathML(string name)
    {
        // Commands that take an argument get one; for the others the braces are just a group.
        var conversion = LatexToMathML.Convert($"a \\{name}{{x}} b", display: false);
        Assert.Null(conversion.Error);
        Assert.Empty(conversion.UnknownCommands);
        XDocument.Parse(conversion.Markup);
    }

    [Fact]
    public void Random_well_formed_formulas_always_convert_to_well_formed_MathML_without_unknown_commands()
    {
        var random = new Random(20240611);
        for (var i = 0; i < 2000; i++)
        {
            var tex = RandomFormula(random, depth: 0);
            var conversion = LatexToMathML.Convert(tex, display: i % 2 == 0);
            Assert.True(conversion.Error is null, $"{tex}: {conversion.Error}");
            Assert.Empty(conversion.UnknownCommands);
            var document = XDocument.Parse(conversion.Markup);
            Assert.Equal(tex, document.Descendants("annotation").Single().Value);
            Assert.All(document.Descendants().Where(e => e.Name.LocalName is "mfrac" or "mroot" or "msub" or "msup" or "munder" or "mover"),
                e => Assert.Equal(2, e.Elements().Count()));
            Assert.All(document.Descendants().Where(e => e.Name.LocalName is "msubsup" or "munderover"), e => Assert.Equal(3, e.Elements().Count()));
        }
    }

    private static string RandomFormula(Random random, int depth)
    {
        string[] atoms = ["x", "y", "2", "3.5", @"\alpha", @"\eta", @"\nabla f", @"\infty", @"\mathbb{R}", @"\mathbf{x}", @"\hat{m}", @"\ldots", @"\text{ if }"];
        string[] operators = ["+", "-", "=", @"\le", @"\cdot", @"\times", @"\to", ",", @"\quad", @"\mid"];
        if (depth > 3)
        {
            return atoms[random.Next(atoms.Length)];
        }

        string Inner() => RandomFormula(random, depth + 1);
        var parts = new List<string>();
        var count = random.Next(1, 4);
        for (var i = 0; i < count; i++)
        {
            parts.Add(random.Next(12) switch
            {
                0 => $@"\frac{{{Inner()}}}{{{Inner()}}}",
                1 => $@"\sqrt{{{Inner()}}}",
                2 => $"{{{Inner()}}}^{{{Inner()}}}",
                3 => $"x_{{{Inner()}}}",
                4 => $@"\left( {Inner()} \right)",
                5 => $@"\sum_{{{Inner()}}}^{{{Inner()}}} {Inner()}",
                6 => $@"\begin{{pmatrix}} {Inner()} & {Inner()} \\ {Inner()} & {Inner()} \end{{pmatrix}}",
                7 => $@"\min_{{{Inner()}}} {Inner()}",
                8 => $@"\log {Inner()}",
                9 => $@"\sqrt[{Inner()}]{{{Inner()}}}",
                _ => atoms[random.Next(atoms.Length)],
            });
            if (i + 1 < count)
            {
                parts.Add(operators[random.Next(operators.Length)]);
            }
        }

        return string.Join(" ", parts);
    }

    private static int Count(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
