#!/usr/bin/env bash
# Drives a Baton node with the real AWS CLI: create a state machine from a file, start an
# execution, wait for it, read its history, and complete a callback task with its token.
# Usage: aws-cli-walkthrough.sh ENDPOINT WORKDIR
set -euo pipefail
endpoint="$1"
work="$2"
export AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test AWS_DEFAULT_REGION=us-east-1
export AWS_PAGER="" AWS_EC2_METADATA_DISABLED=true
sfn() { aws stepfunctions --endpoint-url "$endpoint" --output json "$@"; }
field() { python3 -c "import json,sys; print(json.load(sys.stdin)$1)"; }

cat > "$work/approval.json" <<'JSON'
{
  "StartAt": "AskForApproval",
  "States": {
    "AskForApproval": {
      "Type": "Task",
      "Resource": "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
      "Parameters": {"QueueUrl": "https://example.invalid/queue", "MessageBody": {"token.$": "$$.Task.Token", "order.$": "$.order"}},
      "ResultPath": "$.decision",
      "Next": "Approved?"
    },
    "Approved?": {
      "Type": "Choice",
      "Choices": [{"Variable": "$.decision.approved", "BooleanEquals": true, "Next": "Ship"}],
      "Default": "Rejected"
    },
    "Ship": {"Type": "Pass", "Parameters": {"shipped.$": "$.order"}, "End": true},
    "Rejected": {"Type": "Fail", "Error": "Rejected"}
  }
}
JSON

machine=$(sfn create-state-machine --name approval --role-arn arn:aws:iam::123456789012:role/cli \
  --definition "file://$work/approval.json" | field "['stateMachineArn']")
echo "created $machine"
execution=$(sfn start-execution --state-machine-arn "$machine" --name order-42 \
  --input '{"order": 42}' | field "['executionArn']")
echo "started $execution"

token=""
for _ in $(seq 1 100); do
  token=$(sfn get-execution-history --execution-arn "$execution" | python3 -c "
import json, sys
events = json.load(sys.stdin)['events']
for e in events:
    if e['type'] == 'TaskScheduled':
        print(json.loads(e['taskScheduledEventDetails']['parameters'])['MessageBody']['token'])
")
  [ -n "$token" ] && break
  sleep 0.1
done
[ -n "$token" ] || { echo "no TaskScheduled event with a token"; exit 1; }
sfn send-task-success --task-token "$token" --task-output '{"approved": true}'
echo "approved"

status=RUNNING
for _ in $(seq 1 100); do
  status=$(sfn describe-execution --execution-arn "$execution" | field "['status']")
  [ "$status" != RUNNING ] && break
  sleep 0.1
done
[ "$status" = SUCCEEDED ] || { echo "status $status"; exit 1; }
output=$(sfn describe-execution --execution-arn "$execution" | field "['output']")
[ "$output" = '{"shipped":42}' ] || { echo "output $output"; exit 1; }
types=$(sfn get-execution-history --execution-arn "$execution" --reverse-order | python3 -c "
import json, sys
print(' '.join(e['type'] for e in json.load(sys.stdin)['events']))")
echo "history (newest first): $types"
case "$types" in
  "ExecutionSucceeded PassStateExited PassStateEntered ChoiceStateExited ChoiceStateEntered TaskStateExited TaskSucceeded"*) ;;
  *) echo "unexpected history"; exit 1 ;;
esac
# ListExecutions is eventually consistent (as on AWS): the listing trails the execution's end.
listed=""
for _ in $(seq 1 100); do
  listed=$(sfn list-executions --state-machine-arn "$machine" --status-filter SUCCEEDED)
  grep -q order-42 <<< "$listed" && break
  sleep 0.1
done
grep -q order-42 <<< "$listed" || { echo "order-42 not listed as SUCCEEDED: $listed"; exit 1; }
echo "AWS CLI walkthrough passed"
