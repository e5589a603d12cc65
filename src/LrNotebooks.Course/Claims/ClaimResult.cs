using System.Net;

namespace LrNotebooks.Course;

/// <summary>A claim that was checked and holds, with the evidence that decided it.</summary>
/// <param name="Id">The claim's identifier, e.g. <c>C3</c>.</param>
/// <param name="Statement">What the claim says.</param>
/// <param name="Evidence">The measured numbers behind the verdict.</param>
[TypeFormatterSource(typeof(NotebookFormatterSource))]
public sealed record ClaimResult(string Id, string Statement, string Evidence) : INotebookDisplay
{
    /// <summary><c>✔ C3 holds: statement (evidence: ...)</c>.</summary>
    public override string ToString() => $"✔ {Id} holds: {Statement} (evidence: {Evidence})";

    /// <inheritdoc />
    public string ToHtml() =>
        "<div class=\"lr-claim lr-claim-holds\" style=\"border-left:4px solid #2e7d32;background:#f1f8f1;padding:6px 10px;margin:4px 0;font-family:sans-serif;line-height:1.4\">"
        + $"<strong style=\"color:#2e7d32\">✔ {WebUtility.HtmlEncode(Id)} holds:</strong> {WebUtility.HtmlEncode(Statement)}"
        + $"<br/><span style=\"color:#444;font-size:90%\">evidence: {WebUtility.HtmlEncode(Evidence)}</span></div>";
}
