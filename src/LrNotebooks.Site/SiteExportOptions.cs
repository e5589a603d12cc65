namespace LrNotebooks.Site;

/// <summary>What the site says about the course as a whole.</summary>
public sealed record SiteExportOptions
{
    /// <summary>Course title shown on every page and as the index heading.</summary>
    public string CourseTitle { get; init; } = "The Learning Rate";

    /// <summary>Short description shown under the title on the index page (plain text).</summary>
    public string Description { get; init; } =
        "A hands-on course in C# notebooks on the most important hyper-parameter of gradient training. " +
        "See what a learning rate that is too high or too low does, compare fixed and scheduled learning rates " +
        "(step, exponential, cosine, warm restarts, one-cycle) and adaptive optimizers, and learn how to find a good one. " +
        "Every page was produced by executing its notebook; the charts are interactive and the whole site works offline.";

    /// <summary>A markdown file rendered as <c>instructors.html</c> and linked from the index (the instructor's guide), or null.</summary>
    public string? InstructorsGuide { get; init; }
}
