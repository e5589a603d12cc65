using System.Collections;
using System.Reflection;
using LrNotebooks.Course;

namespace LrNotebooks.Course.Tests;

/// <summary>
/// .NET Interactive finds the formatters by convention: an attribute whose type is named
/// <c>TypeFormatterSourceAttribute</c> with a <c>FormatterSourceType</c> property, whose instance has
/// <c>CreateTypeFormatters()</c> yielding objects with a <c>MimeType</c> property and a
/// <c>Format(object, TextWriter)</c> method. These tests walk the same path by reflection.
/// </summary>
public sealed class NotebookFormatterTests
{
    public static TheoryData<object> Displayables() =>
    [
        Claim.Check("C1", true, "s", "e"),
        Exercise.CheckNumber("E1", null, 1, 0.1, "h"),
        new ResultTable("a").AddRow(1.0),
    ];

    [Theory]
    [MemberData(nameof(Displayables))]
    public void Lesson_results_render_as_html_and_plain_text_through_the_convention(object value)
    {
        Dictionary<string, string> rendered = RenderByConvention(value);

        Assert.Equal(((INotebookDisplay)value).ToHtml(), rendered["text/html"]);
        Assert.Equal(value.ToString(), rendered["text/plain"]);
    }

    [Fact]
    public void The_formatter_declines_values_it_does_not_know()
    {
        var writer = new StringWriter();
        Assert.False(new NotebookFormatter("text/html").Format(42, writer));
        Assert.Equal("", writer.ToString());
    }

    private static Dictionary<string, string> RenderByConvention(object value)
    {
        object attribute = value.GetType().GetCustomAttributes(true).Single(a => a.GetType().Name == "TypeFormatterSourceAttribute");
        var sourceType = (Type)attribute.GetType().GetProperty("FormatterSourceType")!.GetValue(attribute)!;
        object source = Activator.CreateInstance(sourceType)!;
        var formatters = (IEnumerable)sourceType.GetMethod("CreateTypeFormatters")!.Invoke(source, null)!;
        var rendered = new Dictionary<string, string>();
        foreach (object formatter in formatters)
        {
            var mimeType = (string)formatter.GetType().GetProperty("MimeType")!.GetValue(formatter)!;
            var writer = new StringWriter();
            MethodInfo format = formatter.GetType().GetMethod("Format")!;
            Assert.True((bool)format.Invoke(formatter, [value, writer])!);
            rendered[mimeType] = writer.ToString();
        }
        return rendered;
    }
}
