using System.Text;
using System.Text.RegularExpressions;

namespace LrNotebooks.Site.Pages;

/// <summary>The course's contents page: title, description, and every notebook with its learning objectives.</summary>
internal static class IndexPageRenderer
{
    /// <summary>File name of the contents page.</summary>
    public const string FileName = "index.html";

    /// <summary>The instructor's guide page, when <see cref="SiteExportOptions.InstructorsGuide"/> is given.</summary>
    public const string GuideFileName = "instructors.html";

    /// <summary>Renders the contents page.</summary>
    public static string Render(IReadOnlyList<NotebookPage> pages, SiteExportOptions options, bool hasGuide = false)
    {
        var main = new StringBuilder();
        main.Append("<header class=\"hero\">\n")
            .Append($"<h1>{HtmlText.Encode(options.CourseTitle)}</h1>\n")
            .Append($"<p class=\"lead\">{HtmlText.Encode(options.Description)}</p>\n")
            .Append("</header>\n");
        main.Append("<h2 id=\"notebooks\">Notebooks</h2>\n<ol class=\"notebook-list\">\n");
        for (var i = 0; i < pages.Count; i++)
        {
            var page = pages[i];
            var number = Number(page.Name, i);
            main.Append("<li>\n")
                .Append($"<a class=\"notebook-link\" href=\"{HtmlText.Encode(page.FileName)}\"><span class=\"notebook-number\">{number}</span><span class=\"notebook-title\">{WithoutNumber(page.TitleHtml, number)}</span></a>\n");
            if (page.ObjectivesHtml is not null)
            {
                main.Append("<div class=\"objectives\"><p class=\"objectives-label\">You will learn</p>\n").Append(page.ObjectivesHtml).Append("\n</div>\n");
            }

            main.Append("</li>\n");
        }

        main.Append("</ol>\n");
        if (hasGuide)
        {
            main.Append($"<h2 id=\"teaching\">Teaching the course</h2>\n<p><a href=\"{GuideFileName}\">Instructor's guide</a>: a 50-minute plan per notebook, the answer key and an offline room. "
                + "Press <kbd>p</kbd> on any page for the presenter view.</p>\n");
        }

        return SiteLayout.Page(options.CourseTitle, options, null, main.ToString(), hasCharts: false);
    }

    // "03 · Too low" next to the number badge 03 reads "03 03 · Too low": drop the repeated number.
    private static string WithoutNumber(string titleHtml, string number)
    {
        var match = Regex.Match(titleHtml, @"^\s*(?<n>\d+)\s*[·.:\-–—]\s*");
        return match.Success && match.Groups["n"].Value.TrimStart('0') == number.TrimStart('0') ? titleHtml[match.Length..] : titleHtml;
    }

    // "03-too-low" is notebook 03; names without a number are numbered by position.
    private static string Number(string name, int index)
    {
        var digits = new string(name.TakeWhile(char.IsAsciiDigit).ToArray());
        return digits.Length > 0 ? digits : (index + 1).ToString("00", System.Globalization.CultureInfo.InvariantCulture);
    }
}
