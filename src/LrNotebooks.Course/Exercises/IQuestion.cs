namespace LrNotebooks.Course;

/// <summary>Any <see cref="Question{TAnswer, TContext}"/>, untyped: for listing and testing the course's exercises.</summary>
public interface IQuestion
{
    /// <summary>The exercise's name.</summary>
    string Name { get; }

    /// <summary>What kind of exercise it is.</summary>
    ExerciseKind Kind { get; }

    /// <summary>Whether the check needs a value of the notebook.</summary>
    bool NeedsContext { get; }

    /// <summary>The check, with the answer and the context boxed.</summary>
    internal ExerciseResult Evaluate(object? answer, object? context);

    /// <summary>The library's answer for the context.</summary>
    internal object? SolutionAnswer(object? context);

    /// <summary>The worked solution for the context.</summary>
    internal string SolutionText(object? context);
}
