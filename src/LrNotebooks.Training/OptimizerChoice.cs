using LrNotebooks.Core.Optimizers;
using LrNotebooks.Core.Schedules;

namespace LrNotebooks.Training;

/// <summary>One optimizer axis value of a <see cref="SweepGrid"/>.</summary>
/// <param name="Name">Legend name, e.g. <c>SGD momentum 0.9</c>.</param>
/// <param name="Create">Builds the optimizer on a schedule, e.g. <c>lr =&gt; Optimizer.Sgd(lr, momentum: 0.9)</c>.</param>
public sealed record OptimizerChoice(string Name, Func<Schedule, Optimizer> Create);
