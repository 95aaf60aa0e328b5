package org.credence.api.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.HeaderParam;
import org.credence.api.sharing.OAuthResource;
import org.junit.jupiter.api.Test;

class FormContentTypeFilterTest {

    @SuppressWarnings("unused")
    static void headerOnly(@HeaderParam("Origin") String origin) {}

    @Test
    void theTokenEndpointReadsAFormAndAnOperationWithoutFormFieldsDoesNot() throws NoSuchMethodException {
        assertTrue(FormContentTypeFilter.readsForm(
                OAuthResource.class.getMethod("token", String.class, String.class, String.class, String.class)));
        assertFalse(FormContentTypeFilter.readsForm(
                FormContentTypeFilterTest.class.getDeclaredMethod("headerOnly", String.class)));
        assertFalse(FormContentTypeFilter.readsForm(null));
    }

    @Test
    void onlyAUrlencodedFormIsAForm() {
        assertTrue(FormContentTypeFilter.isForm("application/x-www-form-urlencoded"));
        assertTrue(FormContentTypeFilter.isForm("Application/X-WWW-Form-Urlencoded; charset=UTF-8"));
        assertFalse(FormContentTypeFilter.isForm(null));
        assertFalse(FormContentTypeFilter.isForm(""));
        assertFalse(FormContentTypeFilter.isForm("*/*"));
        assertFalse(FormContentTypeFilter.isForm("application/*"));
        assertFalse(FormContentTypeFilter.isForm("text/plain"));
        assertFalse(FormContentTypeFilter.isForm("multipart/form-data; boundary=x"));
        assertFalse(FormContentTypeFilter.isForm("not a type;;"));
    }
}
