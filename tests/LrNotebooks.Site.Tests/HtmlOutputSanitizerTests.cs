using LrNotebooks.Site;

namespace LrNotebooks.Site.Tests;

public sealed class HtmlOutputSanitizerTests
{
    [Fact]
    public void Drops_the_dotnet_interactive_stylesheet_but_keeps_other_styles()
    {
        var diagnostics = new ExportDiagnostics();
        var html = HtmlOutputSanitizer.Sanitize("<div class=\"dni-plaintext\"><pre>2</pre></div><style>\n.dni-code-hint { font-style: italic; }\n</style><style>.mine{}</style>", diagnostics);
        Assert.Equal("<div class=\"dni-plaintext\"><pre>2</pre></div><style>.mine{}</style>", html);
        Assert.Empty(diagnostics.Warnings);
    }

    [Theory]
    [InlineData("<script src=\"https://cdn.example.org/lib.js\"></script>")]
    [InlineData("<script type=\"text/javascript\" src='//cdn.example.org/lib.js'></script>")]
    [InlineData("<script>var s = document.createElement('script'); s.src = 'https://x.org/a.js';</script>")]
    [InlineData("<script>requirejs.config({});</script>")]
    [InlineData("<link rel=\"stylesheet\" href=\"https://cdn.example.org/a.css\">")]
    public void Removes_what_would_reach_the_network_and_says_so(string fragment)
    {
        var diagnostics = new ExportDiagnostics();
        var html = HtmlOutputSanitizer.Sanitize("<p>a</p>" + fragment + "<p>b</p>", diagnostics);
        Assert.Equal("<p>a</p><p>b</p>", html);
        Assert.Single(diagnostics.Warnings);
    }

    [Theory]
    [InlineData("<script>console.log(1);</script>")]
    [InlineData("<script type=\"application/json\" class=\"plotly-figure\">{\"a\":\"https://x.org/a.js\"}</script>")]
    [InlineData("<a href=\"https://example.org\">a link</a>")]
    [InlineData("<link rel=\"stylesheet\" href=\"local.css\">")]
    public void Keeps_local_content(string fragment)
    {
        var diagnostics = new ExportDiagnostics();
        Assert.Equal(fragment, HtmlOutputSanitizer.Sanitize(fragment, diagnostics));
        Assert.Empty(diagnostics.Warnings);
    }
}
