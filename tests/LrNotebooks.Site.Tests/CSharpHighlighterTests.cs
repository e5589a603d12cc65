using System.Net;
using System.Text.RegularExpressions;
using LrNotebooks.Site;

namespace LrNotebooks.Site.Tests;

public sealed class CSharpHighlighterTests
{
    [Theory]
    [InlineData("var x = 1;", "<span class=\"tok-kw\">var</span> x = <span class=\"tok-num\">1</span>;")]
    [InlineData("// a <b> comment", "<span class=\"tok-com\">// a &lt;b&gt; comment</span>")]
    [InlineData("/* x */ y", "<span class=\"tok-com\">/* x */</span> y")]
    [InlineData("\"<b> \\\" &\"", "<span class=\"tok-str\">&quot;&lt;b&gt; \\&quot; &amp;&quot;</span>")]
    [InlineData("@\"a \"\"b\"\"\"", "<span class=\"tok-str\">@&quot;a &quot;&quot;b&quot;&quot;&quot;</span>")]
    [InlineData("$\"{x,4:E2}\"", "<span class=\"tok-str\">$&quot;{x,4:E2}&quot;</span>")]
    [InlineData("'<'", "<span class=\"tok-str\">&#39;&lt;&#39;</span>")]
    [InlineData("1e-3 0x1F 2.5d 10_000L", "<span class=\"tok-num\">1e-3</span> <span class=\"tok-num\">0x1F</span> <span class=\"tok-num\">2.5d</span> <span class=\"tok-num\">10_000L</span>")]
    [InlineData("#r \"nuget: Plotly.NET, 6.0.0\"", "<span class=\"tok-dir\">#r &quot;nuget: Plotly.NET, 6.0.0&quot;</span>")]
    [InlineData("Plots.Loss(run)", "<span class=\"tok-type\">Plots</span>.<span class=\"tok-fn\">Loss</span>(run)")]
    [InlineData("new List<int>()", "<span class=\"tok-kw\">new</span> <span class=\"tok-fn\">List</span>&lt;<span class=\"tok-kw\">int</span>&gt;()")]
    public void Marks_tokens(string code, string expected) => Assert.Equal(expected, CSharpHighlighter.Highlight(code));

    [Fact]
    public void A_multi_line_token_is_closed_on_every_line()
    {
        var html = CSharpHighlighter.Highlight("var s = \"\"\"\n  raw <x>\n  \"\"\";\n/* a\nb */");
        Assert.Equal(
            "<span class=\"tok-kw\">var</span> s = <span class=\"tok-str\">&quot;&quot;&quot;</span>\n<span class=\"tok-str\">  raw &lt;x&gt;</span>\n<span class=\"tok-str\">  &quot;&quot;&quot;</span>;\n<span class=\"tok-com\">/* a</span>\n<span class=\"tok-com\">b */</span>",
            html);
    }

    [Fact]
    public void Removing_the_markup_gives_back_the_code_exactly()
    {
        var random = new Random(7);
        string[] pieces = ["var", " ", "x", "=", "\"s<t>\"", "@\"v\"\"w\"", "$\"{a}\"", "'c'", "// note <b>\n", "/* block\n */", "\n", "#r \"nuget: A\"\n",
            "1.5e3", "0x1F", "Foo", "(", ")", "<", ">", "&", "\t", "\"\"\"raw\n\"\"\"", "'\\n'", "@class", "_under", ";"];
        for (var i = 0; i < 500; i++)
        {
            var code = string.Concat(Enumerable.Range(0, random.Next(1, 30)).Select(_ => pieces[random.Next(pieces.Length)]));
            var html = CSharpHighlighter.Highlight(code);
            Assert.Equal(code, WebUtility.HtmlDecode(Regex.Replace(html, "<[^>]+>", "")));
            Assert.DoesNotMatch("<(?!/?span)", html);
        }
    }
}
