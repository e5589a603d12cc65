namespace LrNotebooks.Training;

/// <summary>How well a set of parameters does on a data set.</summary>
/// <param name="Loss">Mean cross-entropy over the rows (may be non-finite for diverged parameters).</param>
/// <param name="Accuracy">Fraction of rows whose arg-max prediction equals the label, in [0, 1].</param>
/// <param name="Correct">Number of correctly classified rows.</param>
/// <param name="Count">Number of rows.</param>
public sealed record Evaluation(double Loss, double Accuracy, int Correct, int Count);
