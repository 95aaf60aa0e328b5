package org.credence.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import org.credence.client.ApiClient;
import org.credence.client.ApiException;
import org.credence.client.api.BusinessesApi;
import org.credence.client.api.ClientsApi;
import org.credence.client.api.CreditApi;
import org.credence.client.api.OAuthApi;
import org.credence.client.api.RecordsApi;
import org.credence.client.model.AgreementPart;
import org.credence.client.model.AgreementRequest;
import org.credence.client.model.BusinessDescription;
import org.credence.client.model.BusinessStatus;
import org.credence.client.model.BusinessView;
import org.credence.client.model.ClientRequest;
import org.credence.client.model.ClientView;
import org.credence.client.model.EntityType;
import org.credence.client.model.LookupAnswer;
import org.credence.client.model.LookupRequest;
import org.credence.client.model.PageRecordView;
import org.credence.client.model.PenaltyType;
import org.credence.client.model.Problem;
import org.credence.client.model.RecordStatus;
import org.credence.client.model.RecordSubmission;
import org.credence.client.model.RecordView;
import org.credence.client.model.ShopListing;
import org.credence.client.model.TokenResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A client that OpenAPI Generator wrote from the served document (module api-client) works against the
 * deployed server, as an agency's would: it registers a business, sends a record and looks both up,
 * signs a system in for a token and looks the business's credit up with it. The client refuses any
 * property the document does not declare, so an answer that drifted from the document fails here.
 */
@ExtendWith({ArquillianExtension.class, ChinaDay.class})
class ApiClientIT {

    @Deployment(testable = false)
    static EnterpriseArchive credence() {
        return Deployments.builtEar();
    }

    private static ApiClient as(String authorization) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(Api.BASE + "/credence");
        client.getObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        if (authorization != null) {
            client.setRequestInterceptor(request -> request.header("Authorization", authorization));
        }
        return client;
    }

    private static ApiClient person(String user) {
        return as("Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void registersABusinessSendsARecordAndLooksThemUp() throws ApiException {
        String uscc = Api.newUscc();
        String shop = Api.newShopId();
        BusinessView registered = new BusinessesApi(person("samr-admin"))
                .businessesRegister(new BusinessDescription()
                        .uscc(uscc)
                        .name("杭州生成客户端电子商务有限公司")
                        .entityType(EntityType.ENTERPRISE)
                        .regionCode("330106")
                        .industryCode("F5292")
                        .shops(List.of(new ShopListing()
                                .platform("taobao")
                                .shopId(shop)
                                .shopUrl("https://taobao.example/shop/" + shop))));
        assertEquals(uscc, registered.getUscc());
        assertEquals(BusinessStatus.OPERATING, registered.getStatus());
        assertTrue(
                registered.getCreatedAt().matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}.*"), registered.getCreatedAt());

        LocalDate decided = LocalDate.now().minusDays(10);
        String sourceId = Api.newShopId();
        RecordView record = new RecordsApi(person("samr-admin"))
                .recordsSubmit(new RecordSubmission()
                        .uscc(uscc)
                        .category("FALSE_ADVERTISING")
                        .severity(RecordSubmission.SeverityEnum.ORDINARY)
                        .decisionNumber("市监罚〔" + sourceId + "〕")
                        .decisionDate(decided)
                        .legalBasis("电子商务法第八十一条")
                        .penaltyType(PenaltyType.FINE)
                        .penaltyAmount(new BigDecimal("5000"))
                        .sourceRecordId(sourceId));
        assertEquals(uscc, record.getUscc());
        assertEquals(decided, record.getDecisionDate());
        assertEquals(RecordStatus.ACTIVE, record.getStatus());

        ApiClient auditor = person("auditor");
        assertEquals(
                "杭州生成客户端电子商务有限公司",
                new BusinessesApi(auditor).businessesFind(uscc).getName());
        PageRecordView records = new BusinessesApi(auditor).businessesRecords(uscc, null, null, null, null, null);
        assertEquals(
                List.of(record.getId()),
                records.getItems().stream().map(RecordView::getId).toList());
    }

    @Test
    void aSystemSignsInForATokenAndLooksCreditUpWithIt() throws ApiException {
        ClientView client = new ClientsApi(person("admin"))
                .clientsRegister(new ClientRequest()
                        .name("Generated client " + Api.newShopId())
                        .agency("STA"));
        assertNotNull(client.getSecret());
        new ClientsApi(person("admin"))
                .clientsAgreement(
                        client.getClientId(),
                        new AgreementRequest()
                                .reference("DSA-IT-" + Api.newShopId())
                                .reads(List.of(AgreementPart.SCORE))
                                .models(List.of(1L)));

        TokenResponse token =
                new OAuthApi(as(null)).oAuthToken("client_credentials", client.getClientId(), client.getSecret());
        assertEquals(TokenResponse.TokenTypeEnum.BEARER, token.getTokenType());

        LookupAnswer answer = new CreditApi(as("Bearer " + token.getAccessToken()))
                .creditLookup(new LookupRequest().usccs(List.of("91110000600037341L")), "generated client smoke test");
        assertEquals("91110000600037341L", answer.getResults().get(0).getUscc());
    }

    @Test
    void aRefusalIsAProblemDocumentTheClientReads() throws Exception {
        ApiClient admin = person("admin");
        ApiException refused =
                assertThrows(ApiException.class, () -> new BusinessesApi(admin).businessesFind("91350100M000100Y4Z"));
        assertEquals(400, refused.getCode());
        Problem problem = admin.getObjectMapper().readValue(refused.getResponseBody(), Problem.class);
        assertEquals(400, problem.getStatus());
        assertTrue(
                problem.getType().toString().startsWith("urn:credence:problem:"),
                problem.getType().toString());
    }
}
