using LrNotebooks.Core;

namespace LrNotebooks.Course;

/// <summary>
/// A multiple-choice question answered with a letter, <c>"a"</c> to the last option. The correct letter lives here,
/// not in the notebook; for a prediction it is computed from the run (<c>correct(context)</c>), so the checker compares
/// the prediction with what the run did.
/// </summary>
/// <typeparam name="TContext">What the correct letter is computed from, or <see cref="NoContext"/>.</typeparam>
public sealed class ChoiceQuestion<TContext> : Question<string?, TContext>, IChoice
{
    private readonly Func<TContext, char> _correct;
    private readonly Func<TContext, string> _explanation;

    /// <summary>Creates a multiple-choice question.</summary>
    /// <param name="name">The exercise's name.</param>
    /// <param name="kind">What kind of exercise it is (<see cref="ExerciseKind.Choice"/>, or <see cref="ExerciseKind.PredictThenRun"/> for a prediction).</param>
    /// <param name="options">The number of options, 2 to 6 (letters a, b, …).</param>
    /// <param name="correct">The correct letter for the context.</param>
    /// <param name="hint">A nudge shown with a wrong answer.</param>
    /// <param name="explanation">Why the option is right, shown after a correct answer or on request.</param>
    public ChoiceQuestion(string name, ExerciseKind kind, int options, Func<TContext, char> correct, string hint, Func<TContext, string> explanation)
        : base(name, kind, hint)
    {
        Options = (int)Guard.InRange(options, 2, 6);
        _correct = correct ?? throw new ArgumentNullException(nameof(correct));
        _explanation = explanation ?? throw new ArgumentNullException(nameof(explanation));
    }

    /// <summary>The number of options.</summary>
    public int Options { get; }

    /// <summary>The last option's letter.</summary>
    public char LastLetter => (char)('a' + Options - 1);

    /// <summary>The correct letter for <paramref name="context"/>.</summary>
    internal char Correct(TContext context)
    {
        char letter = _correct(context);
        if (letter < 'a' || letter > LastLetter)
            throw new InvalidOperationException($"{Name}: the correct letter '{letter}' is not one of a–{LastLetter}.");
        return letter;
    }

    char IChoice.CorrectLetter(object? context) => Correct(context is null ? default! : (TContext)context);

    internal override string? SolutionAnswer(TContext context) => Correct(context).ToString();

    internal override string SolutionText(TContext context) => $"\"{Correct(context)}\". {_explanation(context)}";

    internal override ExerciseResult Evaluate(string? answer, TContext context)
    {
        string? trimmed = answer?.Trim().Trim('(', ')').ToLowerInvariant();
        if (trimmed is { Length: 1 } && (trimmed[0] < 'a' || trimmed[0] > LastLetter))
            return new ExerciseResult(Name, false, $"\"{answer!.Trim()}\" is not one of the options a–{LastLetter}. Hint: {Hint}", null);
        return Exercise.CheckChoice(Name, trimmed is { Length: 1 } ? trimmed : answer, Correct(context).ToString(), Hint, _explanation(context));
    }
}
