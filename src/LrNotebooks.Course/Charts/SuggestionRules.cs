namespace LrNotebooks.Course;

/// <summary>The suggestion rules of an LR range test a chart marks (<see cref="LrNotebooks.Training.RangeTest"/> computes both).</summary>
[Flags]
public enum SuggestionRules
{
    /// <summary>The rate where the smoothed loss falls fastest against log η (steepest descent).</summary>
    Steepest = 1,

    /// <summary>The rate of the smallest smoothed loss, divided by ten.</summary>
    MinimumOverTen = 2,

    /// <summary>Both suggestions.</summary>
    Both = Steepest | MinimumOverTen,
}
