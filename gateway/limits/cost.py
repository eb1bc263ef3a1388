"""Static cost of an operation: what it may make the gateway and the agencies do.

The model follows the IBM GraphQL cost specification that Apollo's demand control uses, with
one addition of our own: a field that calls an agency carries that call's weight.

* a field returning an object (or interface, union) costs 1, a scalar or enum 0;
* a field that calls an agency (:data:`AGENCY_FIELDS`) costs :data:`AGENCY_CALL_COST` more;
* a list field with a size argument (:data:`LIST_SIZE_ARGUMENTS`) multiplies its own cost and
  everything below it by the list's length: the literal's, or the variable's as the request
  gives it (or its default), else ``max_list_size`` (the most the resolver accepts);
* introspection costs nothing (it is bounded by the schema, and off in production).

So ``businesses(registrationNumbers: $n) { nts { status registry { companyName } } }`` with 100
numbers costs 100 × (1 + 11 + 11) = 2,300: two full pages of businesses with both NTS views fit
in the default budget of 5,000 (4,600), three do not (6,900). Fields are named by schema coordinate
(``Type.field``); ``tests/gateway/test_limits_cost.py`` checks that each one exists.
"""

from __future__ import annotations

from collections.abc import Mapping

from graphql import (
    DocumentNode,
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLInterfaceType,
    GraphQLList,
    GraphQLNamedType,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLOutputType,
    GraphQLSchema,
    InlineFragmentNode,
    ListValueNode,
    NullValueNode,
    OperationDefinitionNode,
    SelectionSetNode,
    ValueNode,
    VariableNode,
    get_named_type,
    is_abstract_type,
    is_composite_type,
)

AGENCY_CALL_COST = 10
"""Extra cost of a field that calls an agency (through a per-request DataLoader)."""

AGENCY_FIELDS: Mapping[str, str] = {
    "Business.nts": "nts",
    "NtsBusiness.registry": "nts",
    "Query.identityVerification": "identity",
    "Mutation.identityVerificationStart": "identity",
    "Mutation.identityVerificationConfirm": "identity",
    "Mutation.identityVerificationResend": "identity",
    "Mutation.certificateChallenge": "pki",
    "Mutation.certificateVerify": "pki",
    "Certificate.trusted": "pki",
    "Certificate.revocation": "pki",
    # --- work24 ---
    "Business.work24": "work24",
    "Viewer.work24": "work24",
    "Work24Signup.member": "work24",
    "Query.work24Signup": "work24",
    "Query.work24Industries": "work24",
    "Mutation.work24SignupStart": "work24",
    "Mutation.work24SignupAuthenticate": "work24",
    "Mutation.work24SignupAgreeTerms": "work24",
    "Mutation.work24SignupComplete": "work24",
    "Mutation.work24FincertStart": "work24",
    "Mutation.work24FincertRegister": "work24",
    "Mutation.work24FincertConfirm": "work24",
    "Mutation.work24FincertResend": "work24",
    "Mutation.work24FincertSign": "work24",
    "Mutation.work24Login": "work24",
    "Mutation.work24CertificateRegister": "work24",
    # --- kosme ---
    "Viewer.kosme": "kosme",
    "Viewer.kosmeResumes": "kosme",
    "Mutation.kosmeSnsMemberSignup": "kosme",
    "Mutation.kosmeMemberSignup": "kosme",
    "Mutation.kosmeMemberLogin": "kosme",
    "Mutation.kosmeForeignerRealNameCheck": "kosme",
    "Mutation.kosmeResumeCreate": "kosme",
    "Mutation.kosmeResumeUpdate": "kosme",
    # --- kotra ---
    "Viewer.kotraCompanyServiceHistory": "kotra",
    "Viewer.kotraCompanyMileage": "kotra",
    "Viewer.kotraCompanyNameChangeRequests": "kotra",
    "Mutation.kotraMileageUse": "kotra",
    "Mutation.kotraCompanyNameChangeRequest": "kotra",
    "Business.kotra": "kotra",
    "Query.kotraHsCodes": "kotra",
    "Query.kotraCompany": "kotra",
    "Query.kotraCompanyRegistration": "kotra",
    "Query.kotraCountries": "kotra",
    "Query.kotraSignup": "kotra",
    "Mutation.kotraSnsFind": "kotra",
    "Viewer.kotraMember": "kotra",
    "Viewer.kotraCompany": "kotra",
    "Viewer.kotraEmployees": "kotra",
    "Mutation.kotraSignupStart": "kotra",
    "Mutation.kotraSignupVerify": "kotra",
    "Mutation.kotraSignupComplete": "kotra",
    "Mutation.kotraSimpleSignup": "kotra",
    "Mutation.kotraLogin": "kotra",
    "Mutation.kotraSimpleLogin": "kotra",
    "Mutation.kotraCompanyLogin": "kotra",
    "Mutation.kotraAffiliationRegister": "kotra",
    "Mutation.kotraCompanyRegistrationStart": "kotra",
    "Mutation.kotraCompanyRegister": "kotra",
    "Mutation.kotraCompanyCertify": "kotra",
    "Mutation.kotraCompanyUpdate": "kotra",
    "Mutation.kotraApprovalPasswordChange": "kotra",
    "Mutation.kotraEmployeeRemove": "kotra",
    "Mutation.kotraLoginIdFind": "kotra",
    "Mutation.kotraPasswordReset": "kotra",
    "Mutation.kotraSimpleMemberConvert": "kotra",
    "Mutation.kotraServiceApply": "kotra",
    "Mutation.kotraLegacyLogin": "kotra",
    "Mutation.kotraLegacyConvert": "kotra",
    # --- gov24 ---
    "Query.gov24Issuance": "gov24",
    "Query.gov24AddressSearch": "gov24",
    "Query.gov24Agencies": "gov24",
    "Mutation.gov24MemberLogin": "gov24",
    "Mutation.gov24IssuanceStart": "gov24",
    "Mutation.gov24IssuanceIdentityCheck": "gov24",
    "Mutation.gov24IssuanceApply": "gov24",
    "Mutation.gov24IssuanceSign": "gov24",
    "Mutation.gov24IssuanceGuardianConsent": "gov24",
    "Mutation.gov24UsageApprovalRenew": "gov24",
    "Mutation.gov24SignatureConfirmationSaveToWallet": "gov24",
    "Mutation.gov24SignatureConfirmationVerify": "gov24",
    "Viewer.gov24UsageApproval": "gov24",
    "Viewer.gov24SignatureConfirmations": "gov24",
    "Viewer.gov24SignatureConfirmation": "gov24",
    "Gov24IssuanceSlip.pdfBase64": "gov24",
    # --- hometax ---
    "Business.hometax": "hometax",
    "Query.hometaxDepartmentUserApplication": "hometax",
    "Viewer.hometaxDepartmentUsers": "hometax",
    "Viewer.hometaxDepartmentUser": "hometax",
    "Mutation.hometaxUserIdCheck": "hometax",
    "Mutation.hometaxDepartmentUserApply": "hometax",
    "Mutation.hometaxRepresentativeLogin": "hometax",
    "Mutation.hometaxDepartmentUserSetStatus": "hometax",
    "Mutation.hometaxTemporaryPasswordSend": "hometax",
    "Mutation.hometaxDepartmentUserLogin": "hometax",
    "Mutation.hometaxDepartmentUserCertificateLogin": "hometax",
    "Mutation.hometaxDepartmentUserPasswordChange": "hometax",
    "Mutation.hometaxDepartmentUserCertificateRegister": "hometax",
    "Mutation.hometaxDepartmentUserDelegate": "hometax",
}
"""Schema coordinate → agency it calls. Add each new agency-backed field here."""

LIST_SIZE_ARGUMENTS: Mapping[str, str] = {
    "Query.businesses": "registrationNumbers",
}
"""Schema coordinate of a list field → the list argument whose length is the result's length."""

ListSizes = Mapping[str, int]
"""Length of each variable of the request as a list argument would see it."""


def list_sizes(variables: Mapping[str, object] | None) -> frozenset[tuple[str, int]]:
    """The variables' lengths (a list's length; null 0; one value, coerced to a list, 1): all
    the cost depends on besides the document, cheap per request and hashable for a cache key."""
    if not variables:
        return frozenset()
    return frozenset((k, _length(v)) for k, v in variables.items())


def _length(value: object) -> int:
    if isinstance(value, list):
        return len(value)
    return 0 if value is None else 1


class OperationCost:
    """Computes the cost of operations of one document; each fragment is costed once."""

    def __init__(
        self, schema: GraphQLSchema, document: DocumentNode, sizes: ListSizes, default_size: int
    ) -> None:
        self.schema = schema
        self.sizes = sizes
        self.default_size = default_size
        self.definitions = {
            d.name.value: d for d in document.definitions if isinstance(d, FragmentDefinitionNode)
        }
        self.fragments: dict[str, int | None] = {}  # None: being costed (a cycle)
        self.defaults: dict[str, ValueNode] = {}

    def operation(self, node: OperationDefinitionNode) -> int:
        self.defaults = {
            v.variable.name.value: v.default_value
            for v in node.variable_definitions or ()
            if v.default_value is not None
        }
        root = self.schema.get_root_type(node.operation)
        return self.selection_set(root, node.selection_set) if root else 0

    def selection_set(self, parent: GraphQLNamedType, node: SelectionSetNode) -> int:
        total = 0
        for selection in node.selections:
            if isinstance(selection, FieldNode):
                total += self.field(parent, selection)
            elif isinstance(selection, InlineFragmentNode):
                condition = selection.type_condition
                inner = self.schema.get_type(condition.name.value) if condition else parent
                total += self.selection_set(inner or parent, selection.selection_set)
            elif isinstance(selection, FragmentSpreadNode):
                total += self.fragment(selection.name.value)
        return total

    def field(self, parent: GraphQLNamedType, node: FieldNode) -> int:
        name = node.name.value
        if name.startswith("__") or not isinstance(
            parent, GraphQLObjectType | GraphQLInterfaceType
        ):
            return 0
        definition = parent.fields.get(name)
        if definition is None:
            return 0
        named = get_named_type(definition.type)
        cost = (1 if is_composite_type(named) else 0) + self.agency_weight(parent, name)
        if node.selection_set is not None:
            cost += self.selection_set(named, node.selection_set)
        return cost * self.multiplier(parent, node, definition.type)

    def agency_weight(self, parent: GraphQLNamedType, name: str) -> int:
        if is_abstract_type(parent):  # asked through an interface: the costliest implementation
            types = self.schema.get_possible_types(parent)
            return max((self.agency_weight(t, name) for t in types), default=0)
        return AGENCY_CALL_COST if f"{parent.name}.{name}" in AGENCY_FIELDS else 0

    def multiplier(
        self, parent: GraphQLNamedType, node: FieldNode, type_: GraphQLOutputType
    ) -> int:
        if isinstance(type_, GraphQLNonNull):
            type_ = type_.of_type
        argument = LIST_SIZE_ARGUMENTS.get(f"{parent.name}.{node.name.value}")
        if not isinstance(type_, GraphQLList) or argument is None:
            return 1
        value = next((a.value for a in node.arguments or () if a.name.value == argument), None)
        return self.length(value)

    def length(self, value: ValueNode | None) -> int:
        if isinstance(value, ListValueNode):
            return len(value.values)
        if isinstance(value, VariableNode):
            name = value.name.value
            if name in self.sizes:
                return self.sizes[name]
            default = self.defaults.get(name)
            return self.length(default) if default is not None else self.default_size
        if isinstance(value, NullValueNode):
            return 0
        return 1 if value is not None else self.default_size  # one item is coerced to a list

    def fragment(self, name: str) -> int:
        if name in self.fragments:
            return self.fragments[name] or 0
        self.fragments[name] = None
        definition = self.definitions.get(name)
        cost = 0
        if definition is not None:
            condition = self.schema.get_type(definition.type_condition.name.value)
            if condition is not None:
                cost = self.selection_set(condition, definition.selection_set)
        self.fragments[name] = cost
        return cost
