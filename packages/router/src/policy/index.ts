// @tandem/router/policy — how signal values become a route: the no-task-wording rule, the logistic model, expected
// utility (probability − cost), the budget that caps one route's share, and the threshold policy.
export { noTaskWordingRoute } from "./no-task-wording";
export { fitLogistic, predictLogistic, type LogisticModel, type LogisticFitOptions } from "./logistic-model";
export { chooseByUtility, type UtilityChoice, type UtilityPolicyOptions } from "./utility-policy";
export { expectedUtility, marginOf, rankRoutes, type RouteCosts } from "./expected-utility";
export { calibrateBudget, applyBudget, type RouteBudget, type BudgetCalibration, type BudgetedChoice } from "./budget";
export { thresholdPolicy, type PolicyInput, type PolicyOutcome, type ThresholdedValue } from "./threshold-policy";
