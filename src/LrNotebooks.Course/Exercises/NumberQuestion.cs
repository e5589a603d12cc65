using LrNotebooks.Core;

namespace LrNotebooks.Course;

/// <summary>
/// A question answered with a number. The expected value is computed by the library from the context (a run of the
/// notebook, or nothing); the answer passes when |answer − expected| ≤ relativeTolerance·|expected| + absoluteTolerance,
/// or, with <c>decades</c>, when it lies within that many decades of the expected value (for values read off a log axis).
/// </summary>
/// <typeparam name="TContext">What the expected value is computed from, or <see cref="NoContext"/>.</typeparam>
public sealed class NumberQuestion<TContext> : Question<double?, TContext>
{
    private readonly Func<TContext, double> _expected;
    private readonly Func<TContext, string> _explanation;

    /// <summary>Creates a number question.</summary>
    /// <param name="name">The exercise's name.</param>
    /// <param name="kind">What kind of exercise it is.</param>
    /// <param name="expected">Computes the correct value from the context (it may throw <see cref="ArgumentException"/> for a context the question does not fit).</param>
    /// <param name="hint">A nudge shown with a wrong answer.</param>
    /// <param name="explanation">Why the value is right, shown after a correct answer or on request.</param>
    /// <param name="relativeTolerance">Allowed relative error, &gt;= 0.</param>
    /// <param name="absoluteTolerance">Allowed absolute error, &gt;= 0.</param>
    /// <param name="decades">If set (&gt; 0): accept a positive answer within this many decades of the expected value instead.</param>
    public NumberQuestion(string name, ExerciseKind kind, Func<TContext, double> expected, string hint, Func<TContext, string> explanation,
        double relativeTolerance = 0, double absoluteTolerance = 0, double? decades = null) : base(name, kind, hint)
    {
        _expected = expected ?? throw new ArgumentNullException(nameof(expected));
        _explanation = explanation ?? throw new ArgumentNullException(nameof(explanation));
        RelativeTolerance = Guard.NonNegative(relativeTolerance);
        AbsoluteTolerance = Guard.NonNegative(absoluteTolerance);
        if (decades is { } d) Guard.Positive(d, nameof(decades));
        Decades = decades;
    }

    /// <summary>Allowed relative error.</summary>
    public double RelativeTolerance { get; }

    /// <summary>Allowed absolute error.</summary>
    public double AbsoluteTolerance { get; }

    /// <summary>If set, the answer passes within this many decades of the expected value.</summary>
    public double? Decades { get; }

    /// <summary>The correct value for <paramref name="context"/>.</summary>
    internal double Expected(TContext context) => _expected(context);

    internal override double? SolutionAnswer(TContext context) => Expected(context);

    internal override string SolutionText(TContext context) => $"{Numbers.Format(Expected(context), 4)}. {_explanation(context)}";

    internal override ExerciseResult Evaluate(double? answer, TContext context)
    {
        double expected;
        try
        {
            expected = Expected(context);
        }
        catch (ArgumentException e)
        {
            return new ExerciseResult(Name, false, $"this run cannot answer the question ({e.Message}). Rerun the notebook's cells with their original values.", null);
        }
        if (Decades is not { } decades)
            return Exercise.CheckNumber(Name, answer, expected, RelativeTolerance, Hint, _explanation(context), absoluteTolerance: AbsoluteTolerance);
        if (answer is > 0 && double.IsFinite(answer.Value))
        {
            double off = Math.Log10(answer.Value / expected);
            if (Math.Abs(off) <= decades)
                return new ExerciseResult(Name, true, $"{Numbers.Format(answer.Value, 3)} is close enough. {_explanation(context)}", null);
            return new ExerciseResult(Name, false, $"{Numbers.Format(answer.Value, 3)} is {(off > 0 ? "too large" : "too small")}. Hint: {Hint}", null);
        }
        return answer is null
            ? Exercise.CheckNumber(Name, answer, 1, 0, Hint)
            : new ExerciseResult(Name, false, $"{Numbers.Format(answer.Value)} is not a positive number. Hint: {Hint}", null);
    }
}
