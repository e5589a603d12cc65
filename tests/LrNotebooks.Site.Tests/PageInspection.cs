namespace LrNotebooks.Site.Tests;

/// <summary>Everything a browser test asserts about one page, gathered with the network blocked.</summary>
/// <param name="File">The page's file path.</param>
/// <param name="ExternalRequests">Requests to anything but file: and data: URLs (all of them were aborted).</param>
/// <param name="ConsoleErrors">Messages the page logged at error level.</param>
/// <param name="PageErrors">Uncaught exceptions.</param>
/// <param name="FailedRequests">Requests that failed (a missing local file shows up here).</param>
/// <param name="Charts">Every chart container on the page.</param>
/// <param name="MathCount"><c>math</c> elements on the page.</param>
/// <param name="RenderedMathCount"><c>math</c> elements with a non-empty layout box.</param>
/// <param name="MathErrorCount"><c>merror</c> elements on the page.</param>
/// <param name="MathIsMathML">The browser parsed <c>math</c> as MathML (MathMLElement).</param>
public sealed record PageInspection(
    string File,
    IReadOnlyList<string> ExternalRequests,
    IReadOnlyList<string> ConsoleErrors,
    IReadOnlyList<string> PageErrors,
    IReadOnlyList<string> FailedRequests,
    IReadOnlyList<ChartState> Charts,
    int MathCount,
    int RenderedMathCount,
    int MathErrorCount,
    bool MathIsMathML);
