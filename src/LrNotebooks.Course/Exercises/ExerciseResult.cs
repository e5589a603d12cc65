using System.Net;

namespace LrNotebooks.Course;

/// <summary>
/// The feedback of an <see cref="Exercise"/> check: a pass ("✔ Correct: ...") or a hint ("✘ Not yet: ...").
/// The solution is present only when the notebook asked for it.
/// </summary>
/// <param name="Name">The exercise's name, e.g. <c>E1 (largest stable learning rate)</c>.</param>
/// <param name="Passed">Whether the answer is correct.</param>
/// <param name="Feedback">What was checked and, if not passed, the hint.</param>
/// <param name="Solution">The worked solution, or null unless requested with <c>showSolution: true</c>.</param>
[TypeFormatterSource(typeof(NotebookFormatterSource))]
public sealed record ExerciseResult(string Name, bool Passed, string Feedback, string? Solution) : INotebookDisplay
{
    /// <summary><c>✔ Correct: name: feedback</c> or <c>✘ Not yet: name: feedback</c>, then the solution line if requested.</summary>
    public override string ToString() =>
        $"{(Passed ? "✔ Correct" : "✘ Not yet")}: {Name}: {Feedback}"
        + (Solution is null ? "" : $"{Environment.NewLine}Solution: {Solution}");

    /// <inheritdoc />
    public string ToHtml()
    {
        string color = Passed ? "#2e7d32" : "#8a4b00";
        string background = Passed ? "#f1f8f1" : "#fff7e6";
        string verdict = Passed ? "✔ Correct" : "✘ Not yet";
        string solution = Solution is null
            ? ""
            : $"<br/><span style=\"color:#1a4f8b\"><strong>Solution:</strong> {WebUtility.HtmlEncode(Solution)}</span>";
        return $"<div class=\"lr-exercise {(Passed ? "lr-exercise-passed" : "lr-exercise-open")}\" style=\"border-left:4px solid {color};background:{background};padding:6px 10px;margin:4px 0;font-family:sans-serif;line-height:1.4\">"
            + $"<strong style=\"color:{color}\">{verdict}:</strong> <em>{WebUtility.HtmlEncode(Name)}</em>: {WebUtility.HtmlEncode(Feedback)}{solution}</div>";
    }
}
