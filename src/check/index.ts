// glosa check: rules over aligned source and target segments, a configuration, and the run that ties them.
export {
  ruleIds,
  notCheckedId,
  type RuleId,
  type RuleSettings,
  type Severity,
  type SeveritySetting,
  type CheckSegment,
  type CheckPair,
  type CheckText
} from './types.js'
export {defaultSeverities, severitySettings, severityOf, isRuleId, parseRuleOptions} from './rules.js'
export {type CheckMessage} from './findings.js'
export {severityOfMessage} from '../util/messages.js'
export {CheckRun, type CheckRunOptions, type CommentaryGroup} from './run.js'
export {checkFiles, checkUnit, unitsOf, type CheckUnit, type UnitResult} from './unit.js'
export {checkDocumentPair, checkSingleDocument, documentLang, type CheckOptions, type CheckResult} from './check.js'
export {loadConfig, readConfigFile, checkLangs, type CheckConfig, type PairPattern} from './config.js'
export {planChecks, type CheckPlan} from './plan.js'
export {compileGlob, matchGlob, expandGlob, walkFiles, type Glob} from './glob.js'
export {parseNumber, quantitiesOf, type Quantity} from './numbers.js'
export {editDistance} from './distance.js'
export {parseLocatedJson, type LocatedJson} from '../util/json.js'
