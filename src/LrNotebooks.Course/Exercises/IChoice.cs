namespace LrNotebooks.Course;

/// <summary>A multiple-choice <see cref="IQuestion"/>: its number of options and its correct letter, untyped.</summary>
public interface IChoice : IQuestion
{
    /// <summary>The number of options (letters a, b, …).</summary>
    int Options { get; }

    /// <summary>The correct letter for the context.</summary>
    internal char CorrectLetter(object? context);
}
