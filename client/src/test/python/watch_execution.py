#!/usr/bin/env python3
"""Start an execution on a Baton node over gRPC and print its history as it happens.

Generates the Python stubs from the .proto files with grpc_tools, so it needs only
`grpcio` and `grpcio-tools` (Debian: python3-grpc-tools). Prints one JSON line per
history event, then a final line {"status": ..., "output": ...}.

Exit codes: 0 the execution succeeded, 4 it ended otherwise, 1 the server refused a
call (its AWS error name, from the "aws-error" trailer, is printed), 2 bad usage.
"""
import argparse
import importlib
import json
import os
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_PROTOS = os.path.normpath(os.path.join(HERE, "..", "..", "main", "proto"))


def generate_stubs(proto_dir, out_dir):
    """Compiles baton/v1/*.proto into out_dir and makes them importable."""
    import grpc_tools
    from grpc_tools import protoc

    well_known = os.path.join(os.path.dirname(grpc_tools.__file__), "_proto")
    files = sorted(
        os.path.join("baton", "v1", name)
        for name in os.listdir(os.path.join(proto_dir, "baton", "v1"))
        if name.endswith(".proto")
    )
    code = protoc.main(
        ["protoc", "-I" + proto_dir, "-I" + well_known, "--python_out=" + out_dir, "--grpc_python_out=" + out_dir]
        + files
    )
    if code != 0:
        raise SystemExit("protoc failed with exit code %d" % code)
    sys.path.insert(0, out_dir)


def aws_error(error):
    """The AWS error name a failed call carries in its trailers, if any."""
    for key, value in error.trailing_metadata() or ():
        if key == "aws-error":
            return value
    return None


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--endpoint", default="localhost:50051")
    parser.add_argument("--name", default="python-watched", help="state machine to create")
    parser.add_argument(
        "--role-arn", default="arn:aws:iam::123456789012:role/baton", help="its IAM role (required by AWS)"
    )
    parser.add_argument("--definition", required=True, help="ASL definition file")
    parser.add_argument("--input", default="{}")
    parser.add_argument("--proto-dir", default=DEFAULT_PROTOS)
    parser.add_argument("--check-errors", action="store_true", help="also show a refused call")
    args = parser.parse_args()

    import grpc

    generate_stubs(args.proto_dir, tempfile.mkdtemp(prefix="baton-stubs-"))
    common = importlib.import_module("baton.v1.common_pb2")
    sm = importlib.import_module("baton.v1.state_machines_pb2")
    sm_grpc = importlib.import_module("baton.v1.state_machines_pb2_grpc")
    ex = importlib.import_module("baton.v1.executions_pb2")
    ex_grpc = importlib.import_module("baton.v1.executions_pb2_grpc")

    with open(args.definition) as f:
        definition = f.read()
    with grpc.insecure_channel(args.endpoint) as channel:
        machines = sm_grpc.StateMachinesStub(channel)
        executions = ex_grpc.ExecutionsStub(channel)
        try:
            if args.check_errors:
                try:
                    executions.DescribeExecution(
                        ex.DescribeExecutionRequest(execution_arn="arn:aws:states:us-east-1:123456789012:execution:no:no"),
                        timeout=10,
                    )
                except grpc.RpcError as e:
                    print(json.dumps({"refused": e.code().name, "awsError": aws_error(e)}), flush=True)
            machine = machines.CreateStateMachine(
                sm.CreateStateMachineRequest(name=args.name, definition=definition, role_arn=args.role_arn),
                timeout=10,
            )
            started = executions.StartExecution(
                ex.StartExecutionRequest(state_machine_arn=machine.state_machine_arn, input=args.input), timeout=10
            )
            for item in executions.Watch(ex.WatchRequest(execution_arn=started.execution_arn), timeout=60):
                event = item.event
                details = json.loads(event.details_json) if event.details_json else {}
                print(json.dumps({"id": event.id, "previousEventId": event.previous_event_id,
                                  "type": event.type, "details": details}), flush=True)
            final = executions.DescribeExecution(
                ex.DescribeExecutionRequest(execution_arn=started.execution_arn), timeout=10
            )
        except grpc.RpcError as e:
            print("refused: %s %s: %s" % (e.code().name, aws_error(e), e.details()), file=sys.stderr)
            return 1
    status = common.ExecutionStatus.Name(final.status).replace("EXECUTION_STATUS_", "")
    print(json.dumps({"status": status, "output": final.output}), flush=True)
    return 0 if status == "SUCCEEDED" else 4


if __name__ == "__main__":
    sys.exit(main())
