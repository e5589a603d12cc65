using LrNotebooks.Core;
namespace LrNotebooks.Course;

/// <summary>
/// Checkers for the end-of-notebook exercises. The student puts an answer in a variable (left <c>null</c>
/// until answered); a checker prints "✔ Correct: ..." or "✘ Not yet: ..." with a hint. The checkers never
/// throw because of the answer (an unanswered or malformed answer is feedback, not an error, so an open
/// exercise never breaks a notebook run) and never reveal the solution unless called with
/// <c>showSolution: true</c>. Only invalid author-side arguments (blank name, negative tolerance, empty
/// range) throw an <see cref="ArgumentException"/>.
/// </summary>
public static class Exercise
{
    private const string Unanswered = "no answer yet: put your answer in the variable above and run this cell again.";

    /// <summary>
    /// Passes when <paramref name="answer"/> is within a relative tolerance of <paramref name="expected"/>:
    /// |answer - expected| &lt;= relativeTolerance * |expected| + absoluteTolerance.
    /// A wrong answer is told whether it is too large or too small.
    /// </summary>
    /// <param name="name">The exercise's name.</param>
    /// <param name="answer">The student's answer; null means not answered yet.</param>
    /// <param name="expected">The correct value.</param>
    /// <param name="relativeTolerance">Allowed relative error, &gt;= 0 (e.g. 0.02 for 2%).</param>
    /// <param name="hint">A nudge shown with a wrong answer; it should not give the answer away.</param>
    /// <param name="explanation">Why the answer is right; shown on a pass and with the solution.</param>
    /// <param name="showSolution">Reveal the expected value (and the explanation) whatever the answer.</param>
    /// <param name="absoluteTolerance">Extra allowed absolute error, &gt;= 0 (needed when <paramref name="expected"/> is 0).</param>
    public static ExerciseResult CheckNumber(string name, double? answer, double expected, double relativeTolerance, string hint,
        string? explanation = null, bool showSolution = false, double absoluteTolerance = 0)
    {
        Guard.NotBlank(name);
        Guard.NotBlank(hint);
        Guard.Finite(expected);
        Guard.NonNegative(relativeTolerance);
        Guard.NonNegative(absoluteTolerance);
        double allowed = relativeTolerance * Math.Abs(expected) + absoluteTolerance;
        string? solution = showSolution ? Join(Numbers.Format(expected, 4), explanation) : null;
        if (NotANumber(name, answer, hint, solution) is { } open) return open;

        double value = answer!.Value;
        if (Math.Abs(value - expected) <= allowed)
            return new ExerciseResult(name, true, Join($"{Numbers.Format(value, 4)} is right.", explanation), solution);
        string direction = value > expected ? "too large" : "too small";
        return new ExerciseResult(name, false, $"{Numbers.Format(value, 4)} is {direction}. Hint: {hint}", solution);
    }

    /// <summary>Passes when <paramref name="answer"/> lies in [<paramref name="low"/>, <paramref name="high"/>].</summary>
    /// <param name="name">The exercise's name.</param>
    /// <param name="answer">The student's answer; null means not answered yet.</param>
    /// <param name="low">Smallest accepted value.</param>
    /// <param name="high">Largest accepted value (&gt;= <paramref name="low"/>).</param>
    /// <param name="hint">A nudge shown with a wrong answer.</param>
    /// <param name="explanation">Why the range is right; shown on a pass and with the solution.</param>
    /// <param name="showSolution">Reveal the accepted range whatever the answer.</param>
    public static ExerciseResult CheckRange(string name, double? answer, double low, double high, string hint,
        string? explanation = null, bool showSolution = false)
    {
        Guard.NotBlank(name);
        Guard.NotBlank(hint);
        Guard.Finite(low);
        Guard.Finite(high);
        if (high < low)
            throw new ArgumentOutOfRangeException(nameof(high), high, $"high must be >= low ({Numbers.Format(low, 6)}), but was {Numbers.Format(high, 6)}.");
        string range = $"any value in [{Numbers.Format(low, 4)}, {Numbers.Format(high, 4)}]";
        string? solution = showSolution ? Join(range, explanation) : null;
        if (NotANumber(name, answer, hint, solution) is { } open) return open;

        double value = answer!.Value;
        if (value >= low && value <= high)
            return new ExerciseResult(name, true, Join($"{Numbers.Format(value, 4)} is in the accepted range.", explanation), solution);
        string direction = value > high ? "too large" : "too small";
        return new ExerciseResult(name, false, $"{Numbers.Format(value, 4)} is {direction}. Hint: {hint}", solution);
    }

    /// <summary>
    /// Passes when the chosen option equals <paramref name="expected"/>, ignoring case and surrounding
    /// whitespace (for multiple-choice questions answered with <c>"a"</c>, <c>"b"</c>, ...).
    /// </summary>
    /// <param name="name">The exercise's name.</param>
    /// <param name="answer">The chosen option; null or blank means not answered yet.</param>
    /// <param name="expected">The correct option.</param>
    /// <param name="hint">A nudge shown with a wrong answer.</param>
    /// <param name="explanation">Why the option is right; shown on a pass and with the solution.</param>
    /// <param name="showSolution">Reveal the correct option whatever the answer.</param>
    public static ExerciseResult CheckChoice(string name, string? answer, string expected, string hint,
        string? explanation = null, bool showSolution = false)
    {
        Guard.NotBlank(name);
        Guard.NotBlank(expected);
        Guard.NotBlank(hint);
        string? solution = showSolution ? Join($"\"{expected.Trim()}\"", explanation) : null;
        if (string.IsNullOrWhiteSpace(answer)) return new ExerciseResult(name, false, $"{Unanswered} Hint: {hint}", solution);
        if (string.Equals(answer.Trim(), expected.Trim(), StringComparison.OrdinalIgnoreCase))
            return new ExerciseResult(name, true, Join($"\"{answer.Trim()}\" is right.", explanation), solution);
        return new ExerciseResult(name, false, $"\"{answer.Trim()}\" is not it. Hint: {hint}", solution);
    }

    /// <summary>
    /// The general form: passes when <paramref name="isCorrect"/> returns true for <paramref name="answer"/>.
    /// A null answer counts as not answered; a predicate that throws is reported as "could not be checked".
    /// </summary>
    /// <param name="name">The exercise's name.</param>
    /// <param name="answer">The student's answer (any type).</param>
    /// <param name="isCorrect">The test of the answer.</param>
    /// <param name="hint">A nudge shown with a wrong answer.</param>
    /// <param name="solution">The worked solution, shown only with <paramref name="showSolution"/>.</param>
    /// <param name="explanation">Why the answer is right; shown on a pass.</param>
    /// <param name="showSolution">Reveal <paramref name="solution"/> whatever the answer.</param>
    public static ExerciseResult Check<T>(string name, T answer, Func<T, bool> isCorrect, string hint, string solution,
        string? explanation = null, bool showSolution = false)
    {
        Guard.NotBlank(name);
        ArgumentNullException.ThrowIfNull(isCorrect);
        Guard.NotBlank(hint);
        Guard.NotBlank(solution);
        string? shown = showSolution ? Join(solution, explanation) : null;
        if (answer is null) return new ExerciseResult(name, false, $"{Unanswered} Hint: {hint}", shown);
        bool correct;
        try
        {
            correct = isCorrect(answer);
        }
        catch (Exception e)
        {
            return new ExerciseResult(name, false, $"your answer could not be checked ({e.GetType().Name}: {e.Message}). Hint: {hint}", shown);
        }
        return correct
            ? new ExerciseResult(name, true, Join("that is right.", explanation), shown)
            : new ExerciseResult(name, false, $"not quite. Hint: {hint}", shown);
    }

    private static ExerciseResult? NotANumber(string name, double? answer, string hint, string? solution) => answer switch
    {
        null => new ExerciseResult(name, false, $"{Unanswered} Hint: {hint}", solution),
        { } v when !double.IsFinite(v) => new ExerciseResult(name, false, $"{Numbers.Format(v)} is not a finite number. Hint: {hint}", solution),
        _ => null,
    };

    private static string Join(string first, string? second) => string.IsNullOrWhiteSpace(second) ? first : $"{first} {second}";
}
