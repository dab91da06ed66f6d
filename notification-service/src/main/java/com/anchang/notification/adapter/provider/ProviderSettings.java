package com.anchang.notification.adapter.provider;

import java.util.Map;

/**
 * One provider account of a developer or an office (NOTE-3), from configuration that is never in git
 * (the environment, or the secrets file named by {@code spring.config.import}): which SMS provider, and
 * the credentials, signature and approved template codes of each.
 *
 * @param sms ALIBABA or TENCENT; null for no SMS
 */
public record ProviderSettings(String sms, Alibaba alibaba, Tencent tencent, Wechat wechat) {

    /**
     * @param endpoint e.g. dysmsapi.aliyuncs.com
     * @param protocol https (http only for a stand-in in tests)
     * @param templates template code per reminder kind, e.g. DOWN_PAYMENT: SMS_4629xxxx
     */
    public record Alibaba(String accessKeyId, String accessKeySecret, String endpoint, String protocol, String signName,
            Map<String, String> templates) {

        public Alibaba {
            endpoint = endpoint == null ? "dysmsapi.aliyuncs.com" : endpoint;
            protocol = protocol == null ? "https" : protocol;
            templates = templates == null ? Map.of() : Map.copyOf(templates);
        }
    }

    /**
     * @param endpoint e.g. sms.tencentcloudapi.com
     * @param protocol https:// (http:// only for a stand-in in tests)
     * @param sdkAppId the SMS application's SdkAppId
     * @param templates template id per reminder kind
     */
    public record Tencent(String secretId, String secretKey, String endpoint, String protocol, String region,
            String sdkAppId, String signName, Map<String, String> templates) {

        public Tencent {
            endpoint = endpoint == null ? "sms.tencentcloudapi.com" : endpoint;
            protocol = protocol == null ? "https://" : protocol;
            region = region == null ? "ap-guangzhou" : region;
            templates = templates == null ? Map.of() : Map.copyOf(templates);
        }
    }

    /**
     * A verified service account's template messages.
     *
     * @param token the token of the account's server configuration (checks the signature of its event pushes)
     * @param apiHost https://api.weixin.qq.com (a stand-in in tests)
     * @param templates template id per reminder kind, its keywords filled from the reminder's parameters
     */
    public record Wechat(String appId, String secret, String token, String apiHost, Map<String, String> templates) {

        public Wechat {
            templates = templates == null ? Map.of() : Map.copyOf(templates);
        }
    }
}
